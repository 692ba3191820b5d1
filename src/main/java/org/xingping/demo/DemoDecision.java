package org.xingping.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.QuotaLine;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.standard.StarLevel;

/**
 * The committee's decision of the demo's 2021 campaign, as the 工委 would have made it: the
 * innovation projects and honours the branches claimed examined (most confirmed, some rejected),
 * one branch found weak and lax, the totals adjusted for the groups' severity chosen (the raw ones
 * stay beside them), the ties at the five-star cut settled in order of the branches' codes, and
 * the results confirmed by {@code lingdao}.
 */
@Component
class DemoDecision {

    static final CurrentUser STAFF = new CurrentUser(-10, "gongwei", "工委管理员", Role.COMMITTEE_ADMINISTRATOR, null, null,
            false, false, true, null);
    static final CurrentUser LEADER = new CurrentUser(-11, "lingdao", "工委领导", Role.COMMITTEE_LEADER, null, null,
            false, false, true, null);
    /** Every seventh claim is not borne out by the records: the committee rejects it. */
    private static final int REJECT_EVERY = 7;

    private final RatingDecisions decisions;

    DemoDecision(RatingDecisions decisions) {
        this.decisions = decisions;
    }

    void decide(int year) {
        DecisionBoard board = decisions.board(year);
        int claim = 0;
        for (BoardRow row : board.rows()) {
            for (String condition : row.claims().stream().sorted().toList()) {
                boolean rejected = ++claim % REJECT_EVERY == 0;
                decisions.recordFact(year, row.branchCode(), condition, rejected ? "否" : "是", rejected
                        ? "演示数据：申报材料未能证明该条件，工委不予认定"
                        : "演示数据：经工委核实，申报材料属实", STAFF);
            }
        }
        // One branch the unit's party committee listed as weak and lax during the year.
        BoardRow weak = board.rows().get(board.rows().size() / 2);
        decisions.recordFact(year, weak.branchCode(), "V2", "是", "演示数据：所在单位党委年内将其列为软弱涣散党组织（附整顿通知）", STAFF);
        decisions.chooseTotals(year, true, "演示数据：联系支部显示各组宽严差异明显超出标准误，评定采用校准后总分，原始总分并列留存", STAFF);
        settleTies(year);
        decisions.confirm(year, LEADER);
    }

    /** The places left at each cut line go to the tied branches in order of code; the others drop a level. */
    private void settleTies(int year) {
        DecisionBoard board = decisions.board(year);
        for (QuotaLine line : board.quotas()) {
            int stars = line.quota().stars().stars();
            List<BoardRow> tied = board.rows().stream().filter(row -> row.openTie() && row.engineStars() == stars)
                    .sorted((a, b) -> a.branchCode().compareTo(b.branchCode())).toList();
            if (tied.isEmpty()) {
                continue;
            }
            int places = Math.max(0, line.cap() - (line.used() - tied.size()));
            int lower = board.standard().highestDefinedAtMost(StarLevel.of(stars - 1)).stars();
            List<String> kept = new ArrayList<>();
            for (BoardRow row : tied) {
                boolean keep = kept.size() < places;
                if (keep) {
                    kept.add(row.branchCode());
                }
                decisions.settleTie(year, row.branchCode(), keep ? stars : lower, keep
                        ? "演示数据：并列支部按编码先后保留名额"
                        : "演示数据：名额已满，按编码先后降一级", STAFF);
            }
        }
    }
}
