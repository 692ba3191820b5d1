package org.xingping.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** The group leader's value of an item in place of its consolidated score, with who set it, when and why. */
public record ConsensusValue(String itemCode, BigDecimal points, String reason, String setBy, Instant setAt) {
}
