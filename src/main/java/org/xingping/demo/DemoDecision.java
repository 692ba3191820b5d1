package org.xingping.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignCalendar;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.Designations;
import org.xingping.decision.QuotaLine;
import org.xingping.decision.RatingDecisions;
import org.xingping.notice.NoticeDraft;
import org.xingping.notice.Objection;
import org.xingping.notice.ObjectionSubmission;
import org.xingping.notice.Objections;
import org.xingping.notice.PublicNotices;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.standard.StarLevel;

/**
 * How the demo's 2021 campaign ended, as the 工委 would have run it. The decision: the
 * innovation projects and honours the branches claimed examined (most confirmed, some rejected),
 * one branch found weak and lax, the totals adjusted for the groups' severity chosen (the raw ones
 * stay beside them), the ties at the five-star cut settled in order of the branches' codes, and
 * the results confirmed by {@code lingdao}. Then the public notice from the campaign's notice day,
 * one objection received by letter, investigated and answered (not upheld), the notice closed, and
 * the results designated.
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
    private final CampaignManagement campaigns;
    private final PublicNotices notices;
    private final Objections objections;
    private final Designations designations;

    private final Clock clock;

    DemoDecision(RatingDecisions decisions, CampaignManagement campaigns, PublicNotices notices, Objections objections,
                 Designations designations, Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.notices = notices;
        this.objections = objections;
        this.designations = designations;
    }

    /**
     * The decision, the notice with its objection, and the designation of the year; then the next
     * year's campaign opened for declarations, the finished year staying the one the pages show.
     */
    void conclude(int year) {
        decide(year);
        notice(year);
        designations.designate(year, STAFF);
        openNextYear(year);
        campaigns.makeCurrent(year);
    }

    /**
     * The next year over the same units and standard, on its real dates while they are ahead; once
     * they have passed (the demo runs years later), on the same schedule from today, so that its
     * declarations are open whenever the demo starts.
     */
    private void openNextYear(int year) {
        Campaign finished = campaigns.require(year);
        int next = year + 1;
        LocalDate deadline = LocalDate.of(next, 11, 5);
        LocalDate today = LocalDate.now(clock);
        long shift = today.isBefore(deadline) ? 0 : ChronoUnit.DAYS.between(deadline, today.plusDays(30));
        CampaignCalendar calendar = new CampaignCalendar(deadline.plusDays(shift), LocalDate.of(next, 11, 12).plusDays(shift),
                LocalDate.of(next, 11, 22).plusDays(shift), LocalDate.of(next, 11, 25).plusDays(shift),
                LocalDate.of(next, 12, 12).plusDays(shift), LocalDate.of(next, 12, 23).plusDays(shift));
        campaigns.open(new CampaignManagement.OpenCampaign(next, next + "年度市直机关“逐支部观摩、整单位提升”观摩活动",
                finished.getStandardId(), calendar, finished.unitIds()));
    }

    private void decide(int year) {
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

    /**
     * The notice as it ran from the campaign's notice day; a letter objecting to a four-star branch
     * came on its second day, was looked into and answered: the facts it alleged were not borne out.
     */
    private void notice(int year) {
        LocalDate start = campaigns.require(year).calendar().noticeStart();
        NoticeDraft draft = notices.draft(year, start, "市委直属机关工委组织部 0396-2822222", STAFF);
        notices.open(year, new PublicNotices.OpenNotice(start, draft.title(), draft.body()), STAFF);
        DecidedBranch objected = decisions.confirmedResults(year).stream().filter(branch -> branch.stars() == 4)
                .findFirst().orElseThrow();
        Objection letter = objections.register(year, start.plusDays(1), new ObjectionSubmission("李明", "13903960000",
                objected.branchCode(), "演示数据：反映该支部主题党日活动记录不全，部分活动照片与记录日期不符。", false, null, null,
                List.of(), null, null, null), STAFF);
        objections.assign(year, letter.id(), STAFF.getUsername(), STAFF);
        objections.note(year, letter.id(), "演示数据：调阅该支部2021年主题党日记录12次，照片与签到表日期一致。", STAFF);
        objections.answer(year, letter.id(), Objections.Outcome.REJECT,
                "经调查核实，该支部2021年主题党日活动记录完整，照片与记录日期一致，所反映问题不属实，异议不成立。", STAFF);
        notices.close(year, STAFF);
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
