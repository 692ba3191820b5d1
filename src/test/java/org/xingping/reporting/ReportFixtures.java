package org.xingping.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.RatingDecisions;
import org.xingping.demo.DemoScores;
import org.xingping.observation.ObservationFixtures;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Visit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.scoring.Finding;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ScoreImport;
import org.xingping.scoring.ScoreSheets;
import org.xingping.standard.Item;

/**
 * A campaign the committee has confirmed, over {@link #UNITS}, whose groups recorded
 * what a review report quotes: on each group's first branch a highlight and a serious problem with
 * 三会一课 (item C1), and a summary of the group's first unit and of the whole group, before the
 * leaders finalised. Five-star applicants earn full marks, the others a solid four-star showing.
 */
final class ReportFixtures {

    /**
     * Units no other module's tests plan or score: several of those count a branch's reviews or a
     * unit's summaries without naming the year, and a report's fixture must not move their counts.
     */
    static final Set<String> UNITS = Set.of("U015", "U016", "U019", "U020", "U022");

    static final String PROBLEM = "三会一课记录不全，缺少两次支委会记录";
    static final String HIGHLIGHT = "党员活动室布置规范，红色教育资料齐全";
    static final String SUMMARY_PROBLEM = "个别支部台账补记痕迹明显";
    static final String SUMMARY_HIGHLIGHT = "书记抓党建意识强";
    static final String IMPRESSION = "整体创建氛围浓厚";
    /** The item the fixture's problems name. */
    static final String PROBLEM_ITEM = "C1";

    private ReportFixtures() {
    }

    static double quality(int targetLevel) {
        return targetLevel == 5 ? 1.0 : 0.86;
    }

    /** The campaign scored, with the groups' findings and summaries, but not yet decided. */
    static void reviewedCampaignWithFindings(ApplicationContext context, int year) {
        ObservationFixtures.publishedPlan(context, year, UNITS, true);
        ObservationManagement observation = context.getBean(ObservationManagement.class);
        GroupReviews reviews = context.getBean(GroupReviews.class);
        if (!reviews.reviewedScores(year).isEmpty()) {
            return;
        }
        importScores(context, year);
        ScoreSheets sheets = context.getBean(ScoreSheets.class);
        List<Visit> visits = observation.plan(year).orElseThrow().visits();
        for (ObservationGroup group : observation.groups(year)) {
            Visit first = visits.stream().filter(visit -> visit.group() == group.number() && !visit.isBriefing())
                    .findFirst().orElseThrow();
            CurrentUser leader = observer(context, group.leader().name(), Role.GROUP_LEADER);
            long sheet = sheets.open(year, first.branchCode(), leader).id();
            sheets.addFinding(sheet, Finding.Kind.PROBLEM, PROBLEM_ITEM, Finding.Severity.SERIOUS, PROBLEM,
                    "p-" + year + "-" + group.number(), leader);
            sheets.addFinding(sheet, Finding.Kind.HIGHLIGHT, null, null, HIGHLIGHT, "h-" + year + "-" + group.number(), leader);
            reviews.draftSummary(year, first.unitCode(), SUMMARY_HIGHLIGHT, SUMMARY_PROBLEM, "", leader);
            reviews.draftSummary(year, "", "", "", IMPRESSION, leader);
            reviews.finaliseComplete(year, leader);
        }
    }

    /** As {@link #reviewedCampaignWithFindings}, then decided and confirmed: ties at the quota's line settled in code order. */
    static void confirmedCampaignWithFindings(ApplicationContext context, int year) {
        reviewedCampaignWithFindings(context, year);
        RatingDecisions decisions = context.getBean(RatingDecisions.class);
        if (decisions.confirmation(year).isPresent()) {
            return;
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("""
                        select b.code from declaration d join party_organization b on b.id = d.branch_id
                        join campaign c on c.id = d.campaign_id where c.year = :year and d.target_level = 5""")
                .param("year", year).query(String.class).list()
                .forEach(branch -> decisions.recordFact(year, branch, "innovation", "是", "经工委认定的创新项目", DecisionFixtures.STAFF));
        DecisionBoard board = decisions.board(year);
        int places = board.quotas().stream().filter(line -> line.quota().stars().stars() == 5).findFirst()
                .map(line -> line.cap()).orElse(Integer.MAX_VALUE);
        List<String> tied = board.openTies().stream().map(BoardRow::branchCode).sorted().toList();
        for (int i = 0; i < tied.size(); i++) {
            BoardRow row = board.row(tied.get(i)).orElseThrow();
            int stars = row.engineStars() == 5 && i >= places ? 4 : row.engineStars();
            decisions.settleTie(year, tied.get(i), stars, "按台账完整性排序", DecisionFixtures.STAFF);
        }
        decisions.confirm(year, DecisionFixtures.LEADER);
    }

    private static void importScores(ApplicationContext context, int year) {
        ObservationManagement observation = context.getBean(ObservationManagement.class);
        var standard = context.getBean(ScoreSheets.class).standardOf(year);
        Map<String, Integer> targets = context.getBean(JdbcClient.class).sql("""
                        select b.code, d.target_level from declaration d join party_organization b on b.id = d.branch_id
                        join campaign c on c.id = d.campaign_id where c.year = :year""")
                .param("year", year).query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Integer, ObservationGroup> groups = observation.groups(year).stream()
                .collect(Collectors.toMap(ObservationGroup::number, group -> group));
        StringBuilder csv = new StringBuilder("branch_code,scorer,item_code,value\n");
        observation.plan(year).orElseThrow().visits().stream().filter(visit -> !visit.isBriefing()).forEach(visit ->
                groups.get(visit.group()).everyone().forEach(scorer -> {
                    for (Item item : standard.items()) {
                        csv.append(String.join(",", visit.branchCode(), scorer.name(), item.code(),
                                DemoScores.value(item, quality(targets.get(visit.branchCode()))))).append('\n');
                    }
                }));
        context.getBean(ScoreImport.class).importFile(year, "scores.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "gongwei", "测试评分");
    }

    /** The account of an observer, by name, as their own sheets and summaries need it. */
    static CurrentUser observer(ApplicationContext context, String name, Role role) {
        String username = context.getBean(ObservationManagement.class).observers().stream()
                .filter(stored -> stored.observer().name().equals(name)).findFirst().orElseThrow().username();
        return new CurrentUser(-5, username, name, role, null, null, false, false, true, null);
    }
}
