package org.xingping.scoring;

import java.math.BigDecimal;

/** An item's value on a sheet as it stands: what was entered, its points, and how often it changed. */
public record SheetValue(String itemCode, String value, BigDecimal points, int version) {
}
