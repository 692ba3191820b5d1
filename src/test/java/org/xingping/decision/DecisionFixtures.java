package org.xingping.decision;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.xingping.scoring.GroupReviews;
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
        for (ObservationGroup group : observation.groups(year)) {
            String leader = observation.observers().stream().filter(stored -> stored.observer().equals(group.leader()))
                    .findFirst().orElseThrow().username();
            reviews.finaliseComplete(year, new CurrentUser(-4, leader, group.leader().name(), Role.GROUP_LEADER, null, null,
                    false, false, true, null));
        }
    }
}
