package org.xingping.scoring;

import java.math.BigDecimal;

/**
 * What became of a change: applied, recognised as one applied before (resent), or not applied
 * because another device changed the value first (the device then shows both and lets the
 * observer choose).
 *
 * @param current the item's value as it now stands
 * @param total   the sheet's total so far
 * @param scored  items with a value
 */
public record SaveOutcome(Kind kind, SheetValue current, BigDecimal total, int scored, int items) {

    public enum Kind { SAVED, ALREADY_SAVED, CONFLICT }
}
