package org.xingping.observation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of a plan: a group at a unit from start to end on a day, hearing the unit's briefing
 * ({@code branchCode} null) or seeing one branch. A linking visit (联系支部) is a branch another
 * group sees too, seen again so the groups' severity can be compared.
 */
public record Visit(int group, LocalDate date, LocalTime start, LocalTime end, String unitCode, String branchCode,
                    boolean linking) {

    public Visit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(unitCode, "unitCode");
        if (linking && branchCode == null) {
            throw new IllegalArgumentException("A linking visit sees a branch");
        }
    }

    public boolean isBriefing() {
        return branchCode == null;
    }

    public Optional<String> branch() {
        return Optional.ofNullable(branchCode);
    }

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** "第 2 组 2021-11-24 09:10 U012-B03" — how messages name a visit. */
    public String describe() {
        return ObservationGroup.label(group) + " " + date + " " + start + "–" + end + " "
                + (isBriefing() ? unitCode + " 汇报" : branchCode + (linking ? "（联系支部）" : ""));
    }
}
