package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The groups' offsets and what they make of a raw total, or why there are none. */
final class Severities {

    private final List<GroupSeverity> groups;
    private final Statistic residualStandardDeviation;
    private final CalibrationReason unknown;
    private final Map<String, BigDecimal> offsets = new LinkedHashMap<>();

    private Severities(List<GroupSeverity> groups, Statistic residualStandardDeviation, CalibrationReason unknown) {
        this.groups = List.copyOf(groups);
        this.residualStandardDeviation = residualStandardDeviation;
        this.unknown = unknown;
        groups.forEach(severity -> offsets.put(severity.group(), severity.offset()));
    }

    static Severities estimated(List<GroupSeverity> groups, Statistic residualStandardDeviation) {
        return new Severities(groups, residualStandardDeviation, null);
    }

    static Severities unknown(CalibrationReason reason) {
        return new Severities(List.of(), Statistic.notComputable(reason), reason);
    }

    List<GroupSeverity> groups() {
        return groups;
    }

    Statistic residualStandardDeviation() {
        return residualStandardDeviation;
    }

    /**
     * The raw total less the group's offset, in decimals: the offset is already rounded to 4
     * places, so the board's raw − offset = adjusted holds to the last digit.
     */
    Statistic adjust(String group, BigDecimal raw) {
        return unknown != null ? Statistic.notComputable(unknown) : Statistic.of(raw.subtract(offsets.get(group)));
    }
}
