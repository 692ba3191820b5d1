package org.xingping.standard;

/**
 * A value a scorer entered that the item's rule does not take: a grade label that does not exist,
 * a negative count, points above the maximum or off the step. The message is in Chinese.
 */
public final class IllegalScoreValue extends IllegalArgumentException {

    IllegalScoreValue(String reason) {
        super(reason);
    }
}
