package org.xingping.observation.planning;

import java.util.List;

import org.xingping.observation.ObservationGroup;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why each constraint weighs on a plan, one record per constraint, each able to say it in Chinese
 * for the page that explains a plan.
 */
final class Justifications {

    private Justifications() {
    }

    /** A justification the page can show as it is. */
    interface Explained extends ConstraintJustification {

        String explain();
    }

    record PastTheLastDay(int group, int minutes) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 有 " + minutes + " 分钟的观摩排到了最后一个观摩日之后";
        }
    }

    record RecusedVisits(int group, List<String> units) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 观摩了须回避的 " + String.join("、", units);
        }
    }

    record LinkingOfOwnUnit(int group, List<String> units) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 的联系支部在本组观摩的单位 " + String.join("、", units);
        }
    }

    record LinkingShare(int group, int visits, int owed) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 有 " + visits + " 个联系支部，应为 " + owed + " 个";
        }
    }

    record Travel(int group, int minutes) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 路程 " + minutes + " 分钟";
        }
    }

    record WorkloadDifference(int group, int workload, int otherGroup, int otherWorkload) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 工作量 " + workload + " 分钟，" + ObservationGroup.label(otherGroup)
                    + " " + otherWorkload + " 分钟，相差 " + Math.abs(workload - otherWorkload) + " 分钟";
        }
    }

    record LastDayEnd(int group, int minutes) implements Explained {

        @Override
        public String explain() {
            return ObservationGroup.label(group) + " 最后一天工作到第一个时段开始后 " + minutes + " 分钟";
        }
    }
}
