package org.xingping.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.xingping.campaign.CampaignFile;

/**
 * What the planner plans: the campaign (days, hours, minutes, travel, rules), the units with their
 * declared branches, the groups, the recusals recorded by hand, and the visits fixed by hand.
 * Recusals from each observer's own unit follow from the groups when the campaign's rules say so
 * ({@link #recusals()} holds both).
 */
public record PlanningProblem(CampaignFile campaign, List<UnitToVisit> units, List<ObservationGroup> groups,
                              List<Recusal> recordedRecusals, List<PinnedVisit> pinnedVisits) {

    public PlanningProblem {
        Objects.requireNonNull(campaign, "campaign");
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        recordedRecusals = List.copyOf(recordedRecusals);
        pinnedVisits = List.copyOf(pinnedVisits);
    }

    public static PlanningProblem of(CampaignFile campaign, List<UnitToVisit> units, List<ObservationGroup> groups) {
        return new PlanningProblem(campaign, units, groups, List.of(), List.of());
    }

    public PlanningProblem withRecordedRecusals(List<Recusal> recusals) {
        return new PlanningProblem(campaign, units, groups, recusals, pinnedVisits);
    }

    public PlanningProblem withPinnedVisits(List<PinnedVisit> pins) {
        return new PlanningProblem(campaign, units, groups, recordedRecusals, pins);
    }

    /** Every recusal: from each observer's own unit (when the rules say so), then those recorded by hand. */
    public List<Recusal> recusals() {
        List<Recusal> all = new ArrayList<>();
        if (campaign.rules().noOwnUnit()) {
            groups.forEach(group -> group.everyone().stream().filter(observer -> observer.homeUnit().isPresent())
                    .map(Recusal::homeUnit).forEach(all::add));
        }
        all.addAll(recordedRecusals);
        return all;
    }

    /** The recusals binding a group: those of any of its members. */
    public List<Recusal> recusalsOf(ObservationGroup group) {
        List<String> names = group.everyone().stream().map(Observer::name).toList();
        return recusals().stream().filter(recusal -> names.contains(recusal.observerName())).toList();
    }

    public Map<String, UnitToVisit> unitsByCode() {
        Map<String, UnitToVisit> byCode = new LinkedHashMap<>();
        units.forEach(unit -> byCode.put(unit.code(), unit));
        return byCode;
    }

    /** The unit each declared branch belongs to, by branch code. */
    public Map<String, UnitToVisit> unitsByBranch() {
        Map<String, UnitToVisit> byBranch = new HashMap<>();
        units.forEach(unit -> unit.branches().forEach(branch -> byBranch.put(branch.code(), unit)));
        return byBranch;
    }

    public Optional<ObservationGroup> group(int number) {
        return groups.stream().filter(group -> group.number() == number).findFirst();
    }

    /** Minutes of one branch's visit, by the campaign file and the level it applied for. */
    public int branchMinutes(BranchToVisit branch) {
        return campaign.visit().branchMinutes(branch.targetLevel()).orElseThrow(() -> new IllegalStateException(
                "No minutes for " + branch.targetLevel() + " stars; Obstacles should have said so"));
    }

    /** Minutes of a unit's whole visit: its briefing and all its branches. */
    public int unitMinutes(UnitToVisit unit) {
        return campaign.visit().unitBriefingMinutes() + unit.branches().stream().mapToInt(this::branchMinutes).sum();
    }
}
