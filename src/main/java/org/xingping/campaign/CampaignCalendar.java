package org.xingping.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's dates: declarations until the declaration deadline, the units' pre-review until
 * its deadline, the observation days, the start of the public notice and the designation.
 */
public record CampaignCalendar(LocalDate declarationDeadline, LocalDate preReviewDeadline, LocalDate observationStart,
        LocalDate observationEnd, LocalDate noticeStart, LocalDate designationDate) {

    /**
     * The fields that are missing or out of order, by name: the pre-review deadline is not before
     * the declaration deadline, the observation starts after the pre-review, the notice after the
     * observation, the designation after the notice starts.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        record Step(String name, LocalDate date, boolean after) {
        }
        List<Step> steps = List.of(new Step("declarationDeadline", declarationDeadline, false),
                new Step("preReviewDeadline", preReviewDeadline, false),
                new Step("observationStart", observationStart, true),
                new Step("observationEnd", observationEnd, false),
                new Step("noticeStart", noticeStart, true),
                new Step("designationDate", designationDate, true));
        LocalDate previous = null;
        for (Step step : steps) {
            if (step.date() == null) {
                problems.add(step.name());
                continue;
            }
            if (previous != null && (step.date().isBefore(previous) || step.after() && step.date().isEqual(previous))) {
                problems.add(step.name());
            }
            previous = step.date();
        }
        return problems;
    }

    /** The phase on a day. */
    public CampaignPhase phaseOn(LocalDate day) {
        if (!day.isAfter(declarationDeadline)) {
            return CampaignPhase.DECLARATION;
        }
        if (!day.isAfter(preReviewDeadline)) {
            return CampaignPhase.PRE_REVIEW;
        }
        if (day.isBefore(observationStart)) {
            return CampaignPhase.PREPARATION;
        }
        if (!day.isAfter(observationEnd)) {
            return CampaignPhase.OBSERVATION;
        }
        if (day.isBefore(noticeStart)) {
            return CampaignPhase.DECISION;
        }
        if (day.isBefore(designationDate)) {
            return CampaignPhase.NOTICE;
        }
        return CampaignPhase.DESIGNATED;
    }
}
