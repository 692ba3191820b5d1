package org.xingping.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An observation campaign file ({@code xingping-campaign/1}, interfaces.md): the visiting days and
 * daily hours, how many groups of how many people, how long a visit takes, how travel time
 * follows from coordinates, and the hard rules of the plan. Read by {@link CampaignFileReader},
 * which refuses a file with every problem; a {@code CampaignFile} is therefore always consistent
 * (days sorted and distinct, hours sorted and apart). {@code text} is the file as given, kept so
 * it can be stored and exported unchanged.
 */
public record CampaignFile(String text, String name, int year, String standardId, List<LocalDate> days,
                           List<VisitingHours> hours, int groups, int membersPerGroup, VisitMinutes visit,
                           TravelRule travel, PlanRules rules) {

    public static final String FORMAT = "xingping-campaign/1";

    public CampaignFile {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standardId, "standardId");
        days = List.copyOf(days);
        hours = List.copyOf(hours);
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(travel, "travel");
        Objects.requireNonNull(rules, "rules");
        if (days.isEmpty() || hours.isEmpty()) {
            throw new IllegalArgumentException("A campaign needs days and hours");
        }
    }

    /** The minutes one group can visit on one day: the sum of the daily hours (420 for 08:30–12:00, 14:30–18:00). */
    public int minutesPerDay() {
        return hours.stream().mapToInt(VisitingHours::minutes).sum();
    }

    /** The group-minutes of the whole campaign: groups × days × minutes per day. */
    public int capacityMinutes() {
        return groups * days.size() * minutesPerDay();
    }
}
