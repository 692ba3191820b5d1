package org.xingping.decision;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.demo.DemoScores;
import org.xingping.observation.ObservationFixtures;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Visit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.scoring.Finding;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ScoreSheets;
import org.xingping.scoring.ScoreImport;
import org.xingping.standard.Item;
import org.xingping.standard.library.RatingStandardManagement;

/** Campaigns scored and reviewed, ready for the committee's decision; and the committee's people. */
public final class DecisionFixtures {

    /** Units few enough to plan in seconds; the campaign covers only them, so quotas bite. */
    public static final Set<String> UNITS = Set.of("U001", "U002", "U003", "U004", "U005", "U006");

    public static final CurrentUser STAFF = person("gongwei", Role.COMMITTEE_ADMINISTRATOR);
    public static final CurrentUser LEADER = person("lingdao", Role.COMMITTEE_LEADER);

    private DecisionFixtures() {
    }

    public static CurrentUser person(String username, Role role) {
        return new CurrentUser(-3, username, username, role, null, null, false, false, true, null);
    }

    /**
     * A campaign of {@code year} over {@link #UNITS} only: planned and published, every visited
     * branch scored by every member of its group to a quality (0 none, 1 full marks) that follows
     * the level it applies for, through the paper-sheet import, and every group's review finalised
     * by its leader.
     */
    public static void scoredCampaign(ApplicationContext context, int year, IntToDoubleFunction qualityByTarget) {
        scoredCampaign(context, year, qualityByTarget, List.of());
    }

    /** A problem (or highlight) an observer of the branch's group records on their sheet before the leaders finalise. */
    public record Recorded(String branchCode, Finding.Kind kind, String itemCode, Finding.Severity severity,
            String text) {

        public static Recorded problem(String branchCode, String itemCode, Finding.Severity severity, String text) {
            return new Recorded(branchCode, Finding.Kind.PROBLEM, itemCode, severity, text);
        }
    }

    /**
     * {@link #scoredCampaign(ApplicationContext, int, IntToDoubleFunction)}, with findings recorded on
     * the sheets through {@link ScoreSheets#addFinding} (as the sheet's own observer) before the
     * leaders finalise, so each problem reaches what follows a finalised review.
     */
    public static void scoredCampaign(ApplicationContext context, int year, IntToDoubleFunction qualityByTarget,
            List<Recorded> findings) {
        ObservationFixtures.publishedPlan(context, year, UNITS, true);
        ObservationManagement observation = context.getBean(ObservationManagement.class);
        GroupReviews reviews = context.getBean(GroupReviews.class);
        if (!reviews.reviewedScores(year).isEmpty()) {
            return;
        }
        var standard = context.getBean(RatingStandardManagement.class).standard("zmd-szjg-2021");
        Map<String, Integer> targets = context.getBean(JdbcClient.class).sql("""
                        select b.code, d.target_level from declaration d join party_organization b on b.id = d.branch_id
                        join campaign c on c.id = d.campaign_id where c.year = :year""")
                .param("year", year).query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        StringBuilder table = new StringBuilder("branch_code,scorer,item_code,value\n");
        for (Visit visit : observation.plan(year).orElseThrow().visits()) {
            if (visit.isBriefing()) {
                continue;
            }
            ObservationGroup group = observation.groups(year).stream().filter(candidate -> candidate.number() == visit.group())
                    .findFirst().orElseThrow();
            for (var scorer : group.everyone()) {
                for (Item item : standard.items()) {
                    table.append(visit.branchCode()).append(',').append(scorer.name()).append(',').append(item.code())
                            .append(',').append(DemoScores.value(item, qualityByTarget.applyAsDouble(targets.get(visit.branchCode())))).append('\n');
                }
            }
        }
        context.getBean(ScoreImport.class).importFile(year, "scores.csv",
                new ByteArrayInputStream(table.toString().getBytes(StandardCharsets.UTF_8)), "gongwei", "测试评分");
        for (Recorded finding : findings) {
            record(context, year, finding);
        }
        for (ObservationGroup group : observation.groups(year)) {
            String leader = observation.observers().stream().filter(stored -> stored.observer().equals(group.leader()))
                    .findFirst().orElseThrow().username();
            reviews.finaliseComplete(year, new CurrentUser(-4, leader, group.leader().name(), Role.GROUP_LEADER, null, null,
                    false, false, true, null));
        }
    }

    /** Records the finding on the first sheet of the branch, as that sheet's observer. */
    public static long record(ApplicationContext context, int year, Recorded finding) {
        var sheet = context.getBean(JdbcClient.class).sql("""
                        select s.id, o.username, o.name from score_sheet s join observer o on o.id = s.observer_id
                        join party_organization b on b.id = s.branch_id join campaign c on c.id = s.campaign_id
                        where c.year = :year and b.code = :branch order by s.id""")
                .param("year", year).param("branch", finding.branchCode())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().get(0);
        CurrentUser observer = new CurrentUser(-5, sheet[1], sheet[2], Role.OBSERVER, null, null, false, false, true,
                null);
        return context.getBean(ScoreSheets.class).addFinding(Long.parseLong(sheet[0]), finding.kind(),
                finding.itemCode(), finding.severity(), finding.text(), UUID.randomUUID().toString(), observer);
    }
}
