package org.xingping.rectification;

/**
 * A deadline on a non-working day: not wrong, but most likely a slip, so it is refused until the
 * person confirms it. The page shows it as a warning with a box to tick.
 */
public class DeadlineNeedsConfirmation extends RectificationRefused {

    public DeadlineNeedsConfirmation(String deadline) {
        super("rectification.deadlineNotWorkingDay", deadline);
    }
}
