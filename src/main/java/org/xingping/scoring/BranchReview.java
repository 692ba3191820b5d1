package org.xingping.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xingping.standard.Consolidation;
import org.xingping.standard.Item;

/**
 * One group's scores of one branch side by side, as the group leader reviews them: each member's
 * item scores, the spread, the consolidation by the standard's rule, and the leader's consensus.
 *
 * @param viewer what the person reading may do with it
 */
public record BranchReview(int year, String branchCode, String branchName, String unitCode, String unitName,
                           int group, Consolidation consolidation, List<Member> members, List<Row> rows,
                           Optional<Finalisation> finalisation, Viewer viewer) {

    /** Who reads a review: the group's leader, one of its members, or a reader (the committee, another group once opened). */
    public enum Viewer {
        LEADER, MEMBER, READER
    }

    /** A member of the group who scores the branch; {@code status} null while they have not opened their sheet. */
    public record Member(String name, boolean leader, SheetStatus status, BigDecimal total) {

        public boolean submitted() {
            return status == SheetStatus.SUBMITTED || status == SheetStatus.FINALISED;
        }
    }

    /**
     * One item: the members' scores in the order of {@link #members()} (null where one has none),
     * their spread, whether it exceeds the share of the item's points that marks a disagreement,
     * the consolidated score (null while nobody scored it), and the consensus with its history.
     */
    public record Row(Item item, List<BigDecimal> points, BigDecimal spread, boolean divergent,
                      BigDecimal consolidated, Optional<ConsensusValue> consensus, List<ConsensusValue> history) {

        /** The item's score as it counts: the consensus if the leader set one, else the consolidation. */
        public BigDecimal counted() {
            return consensus.map(ConsensusValue::points).orElse(consolidated);
        }
    }

    public record Finalisation(String by, Instant at) {
    }

    public boolean finalised() {
        return finalisation.isPresent();
    }

    public boolean everySheetSubmitted() {
        return members.stream().allMatch(Member::submitted);
    }

    /** Whether the leader may still set consensus values and finalise. */
    public boolean leaderMayAct() {
        return viewer == Viewer.LEADER && !finalised();
    }

    public long divergentItems() {
        return rows.stream().filter(Row::divergent).count();
    }

    /** The sum of the counted item scores, or null while an item has neither scores nor consensus. */
    public BigDecimal countedTotal() {
        if (rows.stream().map(Row::counted).anyMatch(Objects::isNull)) {
            return null;
        }
        return rows.stream().map(Row::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
