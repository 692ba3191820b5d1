package org.xingping.decision;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a campaign stands towards its designation: the confirmation, the notice, the branches an
 * upheld objection sent back, those an objection holds, and the designation once made. The rule of
 * when designation may happen is said once, in {@link #refusal()}.
 *
 * @param onHold branches an objection still holds: designation leaves them out
 * @param toName how many confirmed branches a designation now would name
 */
public record DesignationReadiness(int year, Optional<Confirmation> confirmation,
                                   NoticeOutcome.NoticeStatus noticeStatus, List<DecidedBranch> reopened,
                                   List<DecidedBranch> onHold, int toName, Optional<Designation> designation) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public DesignationReadiness {
        reopened = List.copyOf(reopened);
        onHold = List.copyOf(onHold);
    }

    /**
     * Why the committee may not designate now, if it may not: once only; after confirmation; after
     * the notice closed; and not while a branch sent back by an upheld objection awaits its new
     * decision.
     */
    public Optional<DecisionRefused> refusal() {
        String of = String.valueOf(year);
        if (designation.isPresent()) {
            return Optional.of(new DecisionRefused("designation.already", of, when(designation.get().designatedAt())));
        }
        if (confirmation.isEmpty()) {
            return Optional.of(new DecisionRefused("designation.notConfirmed", of));
        }
        if (noticeStatus == NoticeOutcome.NoticeStatus.NOT_STARTED) {
            return Optional.of(new DecisionRefused("designation.noticeNotStarted", of));
        }
        if (noticeStatus == NoticeOutcome.NoticeStatus.OPEN) {
            return Optional.of(new DecisionRefused("designation.noticeOpen", of));
        }
        if (!reopened.isEmpty()) {
            return Optional.of(new DecisionRefused("designation.reopened", reopened.stream()
                    .map(branch -> branch.branchCode() + " " + branch.branchName()).collect(Collectors.joining("、"))));
        }
        return Optional.empty();
    }

    public boolean mayDesignate() {
        return refusal().isEmpty();
    }

    private static String when(Instant at) {
        return DAY.format(at.atZone(ZoneId.systemDefault()));
    }
}
