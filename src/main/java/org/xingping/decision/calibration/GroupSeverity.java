package org.xingping.decision.calibration;

import java.math.BigDecimal;

/**
 * How much more generously one group scored than the average group: its additive offset on the
 * total in the model total(branch, group) = quality(branch) + offset(group) + error. The offsets
 * of all groups sum to zero, so the reference is the average group, not any one of them.
 *
 * @param group the group
 * @param offset points the group's totals stand above (positive: lenient) or below (negative:
 *               strict) what the average group gives the same branch; 4 places
 * @param standardError the offset's standard error from the residual variance and (XᵀX)⁻¹, or
 *                      why there is none
 */
public record GroupSeverity(String group, BigDecimal offset, Statistic standardError) {
}
