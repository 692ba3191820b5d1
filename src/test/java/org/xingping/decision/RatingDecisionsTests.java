package org.xingping.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xingping.platform.Role;
import org.xingping.standard.ReasonCode;
import org.xingping.support.XingPingTest;

/**
 * The committee's decision over a small scored campaign whose five-star applicants all earn full
 * marks, more of them than the five-star quota admits: the engine's reasons on the board, facts
 * with their refusals, ties blocking confirmation until settled, confirmation by a 工委领导 only and
 * once, frozen results, and a branch sent back and decided again.
 */
@XingPingTest
@RecordApplicationEvents
class RatingDecisionsTests {

    /** Full marks for the five-star applicants, a solid four-star showing for the others. */
    static double quality(int targetLevel) {
        return targetLevel == 5 ? 1.0 : 0.86;
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationEvents events;

    int walkYear() {
        return 2048;
    }

    int refusalYear() {
        return 2050;
    }

    @Test
    void fromTheBoardToConfirmedResults() {
        int year = walkYear();
        DecisionFixtures.scoredCampaign(context, year, RatingDecisionsTests::quality);
        Set<String> fiveStar = FiveStar.applicants(jdbc, year);
        DecisionBoard board = decisions.board(year, DecisionFixtures.STAFF);

        // Every forwarded declaration ranked; the groups joined by linking branches; raw totals count until chosen.
        assertThat(board.awaiting()).isEmpty();
        assertThat(board.rows()).hasSize(FiveStar.DECLARED);
        assertThat(board.calibration()).get().matches(result -> result.connected());
        assertThat(board.rows()).anyMatch(BoardRow::linking);
        assertThat(board.choice().decided()).isFalse();
        assertThat(board.population()).isEqualTo(41);
        // No innovation recorded yet: five stars need it, so the applicants earn four and the board says why.
        BoardRow applicant = board.row(fiveStar.iterator().next()).orElseThrow();
        assertThat(applicant.earnedStars()).isEqualTo(4);
        assertThat(applicant.reasons()).anyMatch(reason -> reason.code() == ReasonCode.MISSING_CONDITION);
        assertThat(applicant.reasons()).anyMatch(reason -> reason.render(Locale.SIMPLIFIED_CHINESE).contains("创新项目"));

        // The committee confirms every applicant's innovation project: eleven full-mark applicants, eight places.
        fiveStar.forEach(branch -> decisions.recordFact(year, branch, "innovation", "是", "经工委认定的创新项目", DecisionFixtures.STAFF));
        board = decisions.board(year, DecisionFixtures.STAFF);
        assertThat(board.openTies()).extracting(BoardRow::branchCode).containsExactlyInAnyOrderElementsOf(fiveStar);
        QuotaLine fiveStarQuota = board.quotas().stream().filter(line -> line.quota().stars().stars() == 5).findFirst().orElseThrow();
        assertThat(fiveStarQuota.cap()).isEqualTo(8);
        assertThat(fiveStarQuota.openTies()).isEqualTo(11);

        assertRefused(() -> decisions.confirm(year, DecisionFixtures.LEADER), "decision.confirm.ties", "11 个名额分界线上的并列未裁定");
        assertThatThrownBy(() -> decisions.confirm(year, DecisionFixtures.STAFF)).isInstanceOf(AccessDeniedException.class);

        // Settle: eight keep five stars, three go down to four, each with a reason.
        List<String> ordered = fiveStar.stream().sorted().toList();
        ordered.subList(0, 8).forEach(branch -> decisions.settleTie(year, branch, 5, "按台账完整性排序保留", DecisionFixtures.STAFF));
        assertRefused(() -> decisions.settleTie(year, ordered.get(8), 5, " ", DecisionFixtures.STAFF), "decision.reasonRequired", "理由");
        ordered.subList(8, 11).forEach(branch -> decisions.settleTie(year, branch, 4, "名额已满，按台账完整性排序降为四星", DecisionFixtures.STAFF));
        board = decisions.board(year, DecisionFixtures.STAFF);
        assertThat(board.openTies()).isEmpty();
        assertThat(board.countAt(5)).isEqualTo(8);
        assertThat(board.readyToConfirm()).isTrue();

        Confirmation confirmation = decisions.confirm(year, DecisionFixtures.LEADER);
        assertThat(confirmation.confirmedBy()).isEqualTo("lingdao");
        assertThat(events.stream(RatingConfirmed.class)).anyMatch(event -> event.year() == year);
        assertRefused(() -> decisions.confirm(year, DecisionFixtures.LEADER), "decision.confirm.twice", "已经确认过");
        assertRefused(() -> decisions.recordFact(year, ordered.get(0), "V1", "是", "处分", DecisionFixtures.STAFF),
                "decision.confirmed", "已经确认");

        // The frozen results are what the notice reads.
        Map<String, Integer> confirmed = decisions.confirmedResults(year).stream()
                .collect(Collectors.toMap(DecidedBranch::branchCode, DecidedBranch::stars));
        assertThat(confirmed).hasSize(FiveStar.DECLARED);
        assertThat(confirmed.get(ordered.get(0))).isEqualTo(5);
        assertThat(confirmed.get(ordered.get(10))).isEqualTo(4);
        assertThat(decisions.confirmedResults(year).stream().filter(branch -> branch.branchCode().equals(ordered.get(0))).findFirst()
                .orElseThrow().levelName()).isEqualTo("五星级党支部");

        // An upheld objection sends a branch back; the committee lowers it with a reason and a leader decides it again.
        decisions.reopen(year, ordered.get(0), "异议成立：台账存在补记", DecisionFixtures.STAFF);
        assertThat(decisions.board(year).row(ordered.get(0)).orElseThrow().status()).isEqualTo(BoardRow.Status.REOPENED);
        assertRefused(() -> decisions.confirm(year, DecisionFixtures.LEADER), "decision.confirm.twice", "已经确认过");
        decisions.recordFact(year, ordered.get(0), "V4", "是", "申报材料中两次会议记录系补记", DecisionFixtures.STAFF);
        BoardRow again = decisions.decideAgain(year, ordered.get(0), DecisionFixtures.LEADER);
        assertThat(again.status()).isEqualTo(BoardRow.Status.CONFIRMED);
        assertThat(again.finalStars()).isZero();
        assertThat(again.reasons()).anyMatch(reason -> reason.code() == ReasonCode.VETO_NOT_RATED);
        assertRefused(() -> decisions.decideAgain(year, ordered.get(0), DecisionFixtures.LEADER), "decision.again.notReopened", "没有被退回");
        assertThat(decisions.confirmedResults(year).stream().filter(branch -> branch.branchCode().equals(ordered.get(0))).findFirst()
                .orElseThrow().stars()).isZero();
        // The other confirmed results did not move.
        assertThat(decisions.board(year).row(ordered.get(1)).orElseThrow().finalStars()).isEqualTo(5);
    }

    @Test
    void refusesWhatCannotBeRecorded() {
        int year = refusalYear();
        DecisionFixtures.scoredCampaign(context, year, RatingDecisionsTests::quality);
        Set<String> fiveStar = FiveStar.applicants(jdbc, year);
        String branch = fiveStar.stream().sorted().findFirst().orElseThrow();

        assertRefused(() -> decisions.recordFact(year, "U050-B01", "innovation", "是", "理由", DecisionFixtures.STAFF),
                "decision.notDeclared", "U050-B01 不在" + year);
        assertRefused(() -> decisions.recordFact(year, branch, "flying", "是", "理由", DecisionFixtures.STAFF),
                "decision.fact.unknown", "flying");
        assertRefused(() -> decisions.recordFact(year, branch, "innovation", "maybe", "理由", DecisionFixtures.STAFF),
                "decision.fact.yesOrNo", "是");
        assertRefused(() -> decisions.recordFact(year, branch, "appraisal", "80", "理由", DecisionFixtures.STAFF),
                "decision.fact.noAppraisal", "不使用考核评价分");
        assertRefused(() -> decisions.recordFact(year, branch, "innovation", "是", "", DecisionFixtures.STAFF),
                "decision.reasonRequired", "理由");
        assertRefused(() -> decisions.settleTie(year, branch, 4, "并列", DecisionFixtures.STAFF), "decision.tie.notTied", branch);
        assertRefused(() -> decisions.overrideLevel(year, branch, 6, "六星", DecisionFixtures.STAFF), "decision.override.level", "6 星");
        assertRefused(() -> decisions.chooseTotals(year, true, "", DecisionFixtures.STAFF), "decision.reasonRequired", "理由");
        assertRefused(() -> decisions.decideHonour(year, branch, "red-flag", true, "先进", DecisionFixtures.STAFF),
                "decision.honour.level", "至少 5 星");
        // Nothing of that was stored.
        assertThat(decisions.facts(year, branch, DecisionFixtures.STAFF)).isEmpty();
        assertThat(decisions.settlements(year, branch, DecisionFixtures.STAFF)).isEmpty();

        // Adjusted totals, chosen with a reason, are recorded with who and when; raw totals stay beside them.
        CalibrationChoice choice = decisions.chooseTotals(year, true, "五个组宽严差异显著", DecisionFixtures.STAFF);
        assertThat(choice.decidedBy()).contains("gongwei");
        assertThat(decisions.choices(year)).hasSize(1);
        assertThat(decisions.board(year).choice().useAdjusted()).isTrue();
        assertThat(decisions.board(year).rows()).allMatch(row -> row.rawTotal() != null && row.adjustedTotal().isPresent());

        // Only the committee reads and decides; only a 工委领导 confirms.
        for (Role role : List.of(Role.SYSTEM_ADMINISTRATOR, Role.GROUP_LEADER, Role.OBSERVER, Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY)) {
            assertThatThrownBy(() -> decisions.board(year, DecisionFixtures.person("x", role))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.recordFact(year, branch, "innovation", "是", "理由", DecisionFixtures.person("x", role)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> decisions.confirm(year, DecisionFixtures.STAFF)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(Runnable call, String key, String saying) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DecisionRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(messages.getMessage(key, refused.arguments(), Locale.SIMPLIFIED_CHINESE)).contains(saying);
        });
    }
}
