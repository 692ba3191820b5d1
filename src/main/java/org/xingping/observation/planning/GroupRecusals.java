package org.xingping.observation.planning;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.xingping.observation.BranchToVisit;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.Recusal;
import org.xingping.observation.UnitToVisit;

/**
 * What one group may not see: a recusal of any member binds the group, since it visits together.
 * Recusals against a whole unit by unit code, those against one branch by branch code.
 */
record GroupRecusals(Map<String, Recusal> byUnit, Map<String, Recusal> byBranch) {

    /** Each group's recusals, by group number. */
    static Map<Integer, GroupRecusals> of(PlanningProblem problem) {
        Map<String, Integer> groupOf = new HashMap<>();
        problem.groups().forEach(group -> group.everyone().forEach(observer -> groupOf.put(observer.name(), group.number())));
        Map<Integer, GroupRecusals> recusals = new LinkedHashMap<>();
        problem.groups().forEach(group -> recusals.put(group.number(), new GroupRecusals(new HashMap<>(), new HashMap<>())));
        for (Recusal recusal : problem.recusals()) {
            Integer group = groupOf.get(recusal.observerName());
            if (group == null) {
                continue;
            }
            GroupRecusals ofGroup = recusals.get(group);
            if (recusal.branchCode() == null) {
                ofGroup.byUnit().putIfAbsent(recusal.unitCode(), recusal);
            } else {
                ofGroup.byBranch().putIfAbsent(recusal.branchCode(), recusal);
            }
        }
        return recusals;
    }

    static GroupRecusals of(PlanningProblem problem, ObservationGroup group) {
        return of(problem).get(group.number());
    }

    /** The recusal that keeps the group from the unit's block, if any: against the unit or one of its branches. */
    Optional<Recusal> against(UnitToVisit unit) {
        Recusal whole = byUnit.get(unit.code());
        if (whole != null) {
            return Optional.of(whole);
        }
        for (BranchToVisit branch : unit.branches()) {
            Recusal one = byBranch.get(branch.code());
            if (one != null) {
                return Optional.of(one);
            }
        }
        return Optional.empty();
    }
}
