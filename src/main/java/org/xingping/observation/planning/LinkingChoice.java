package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.xingping.observation.BranchToVisit;
import org.xingping.observation.UnitToVisit;

/**
 * Which branches are seen a second time, chosen before solving so the solver only decides which
 * group sees each. The rule, in order:
 * <ul>
 * <li>only units that at least two groups may see (one for the unit, one for the linking visit);</li>
 * <li>one branch per unit, from the largest sites first and then round the sites in turn: a group
 * is at a large site often anyway, so the second visit costs little travel, and taking sites in
 * turn spreads the comparison over different kinds of units;</li>
 * <li>of a unit, the branch applying for the highest level (five stars are where the quota makes
 * the groups' severity matter most), then by code.</li>
 * </ul>
 */
final class LinkingChoice {

    /** A branch to be seen again, and the unit it belongs to. */
    record Linking(UnitToVisit unit, BranchToVisit branch) {
    }

    private LinkingChoice() {
    }

    static List<Linking> choose(List<UnitToVisit> units, Collection<GroupRecusals> groups, int count) {
        List<List<UnitToVisit>> sites = SiteClusters.of(units.stream()
                .filter(unit -> !unit.branches().isEmpty() && groupsThatMaySee(unit, groups) >= 2).toList());
        List<Linking> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < count; round++) {
            boolean any = false;
            for (List<UnitToVisit> site : sites) {
                if (round < site.size() && chosen.size() < count) {
                    UnitToVisit unit = site.get(round);
                    chosen.add(new Linking(unit, highestLevelBranch(unit)));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    /** Groups none of whose members is recused from the unit or any of its branches. */
    static int groupsThatMaySee(UnitToVisit unit, Collection<GroupRecusals> groups) {
        return (int) groups.stream().filter(group -> group.against(unit).isEmpty()).count();
    }

    private static BranchToVisit highestLevelBranch(UnitToVisit unit) {
        return unit.branches().stream()
                .min(Comparator.comparingInt(BranchToVisit::targetLevel).reversed().thenComparing(BranchToVisit::code))
                .orElseThrow();
    }
}
