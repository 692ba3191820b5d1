package org.xingping.decision.calibration;

import java.math.BigDecimal;

/**
 * One group's total of one branch beside the same total with the group's severity taken off.
 *
 * @param group the group that saw the branch
 * @param raw the total the engine computed from the group's scores, as given
 * @param adjusted {@code raw − offset(group)}, or why severities are not known
 */
public record GroupTotal(String group, BigDecimal raw, Statistic adjusted) {
}
