package org.xingping.reporting.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.RatingDecisions;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.rectification.RectificationTask;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ReviewedScores;
import org.xingping.standard.Item;
import org.xingping.standard.library.RatingStandardManagement;

/**
 * The profile of a designated branch of the demo's reference campaign 2021 against the data it is
 * read from: its levels from the registry, its observed total as the confirmed result used it, the
 * items it lost points on ranked as an independent count ranks them; who may read which profile;
 * and observed scores kept from a unit until the committee confirms the year. Runs on the demo
 * instance the browser walks share (same context), so the demo is seeded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.demo=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BranchProfilesTests {

    static final String BRANCH = "U001-B05";
    static final int YEAR = 2021;
    /** A campaign of this test's own, scored but never confirmed. */
    static final int UNCONFIRMED = 2085;

    @Autowired
    ApplicationContext context;
    @Autowired
    BranchProfiles profiles;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    GroupReviews reviews;
    @Autowired
    RatingStandardManagement standards;

    @Test
    void showsTheDesignatedBranchAsTheDataHasIt() {
        BranchProfile profile = profiles.profile(BRANCH, YEAR, DecisionFixtures.STAFF);
        PartyOrganization branch = registry.organizationByCode(BRANCH).orElseThrow();

        assertThat(profile.header().unitCode()).isEqualTo("U001");
        assertThat(profile.header().secretary()).isEqualTo(branch.getSecretary());
        // Levels as the registry records them, year by year.
        Map<Integer, Integer> recorded = registry.levelsByBranch().get(BRANCH);
        assertThat(recorded).containsKey(YEAR);
        profile.levels().stream().filter(level -> level.stars() != null)
                .forEach(level -> assertThat(level.stars()).isEqualTo(recorded.get(level.year())));
        assertThat(profile.levels()).extracting(level -> level.year()).containsAll(recorded.keySet());
        assertThat(profile.header().stars()).isEqualTo(recorded.get(recorded.keySet().stream().max(Integer::compare).orElseThrow()));

        // The observed total is the one the confirmed result used.
        DecidedBranch result = decisions.confirmedResults(YEAR).stream()
                .filter(decided -> decided.branchCode().equals(BRANCH)).findFirst().orElseThrow();
        assertThat(profile.scores().published()).isTrue();
        assertThat(profile.scores().observed()).isTrue();
        assertThat(profile.scores().declared()).isTrue();
        assertThat(profile.scores().totalUsed()).isEqualByComparingTo(result.total());
        assertThat(profile.scores().resultStars()).isEqualTo(result.stars());
        assertThat(profile.scores().sections()).isNotEmpty()
                .allSatisfy(section -> assertThat(section.items()).allSatisfy(item -> assertThat(item.observed()).isNotNull()));

        // Its rectification tasks, the demo's one in progress among them.
        assertThat(profile.tasks()).isNotEmpty().allSatisfy(task -> assertThat(task.branchCode()).isEqualTo(BRANCH));
        assertThat(profile.tasks()).extracting(RectificationTask::year).contains(YEAR);
    }

    @Test
    void ranksTheItemsLosingPointsAsAnIndependentCountDoes() {
        BranchProfile profile = profiles.profile(BRANCH, YEAR, DecisionFixtures.STAFF);
        Map<String, Map<String, Double>> counted = countedPoints(reviews.reviewedScores(YEAR));
        String category = registry.unitByCode("U001").orElseThrow().getCategory();
        Map<Long, String> categories = new HashMap<>();
        registry.allUnits().forEach(unit -> categories.put(unit.getId(), unit.getCategory()));
        Predicate<String> peer = code -> Objects.equals(category,
                categories.get(registry.organizationByCode(code).orElseThrow().getUnitId()));
        Map<String, Boolean> peers = new HashMap<>();
        counted.keySet().forEach(code -> peers.put(code, peer.test(code)));

        List<double[]> expected = new ArrayList<>();
        List<String> expectedCodes = new ArrayList<>();
        for (Item item : standards.standard("zmd-szjg-2021").items()) {
            Double own = counted.get(BRANCH).get(item.code());
            double max = item.max().doubleValue();
            if (own == null || max <= 0 || max - own <= 0.0000005) {
                continue;
            }
            double all = counted.values().stream().map(points -> points.get(item.code())).filter(Objects::nonNull)
                    .mapToDouble(points -> Math.max(0, max - points)).average().orElseThrow();
            double ofCategory = counted.entrySet().stream().filter(entry -> peers.get(entry.getKey()))
                    .map(entry -> entry.getValue().get(item.code())).filter(Objects::nonNull)
                    .mapToDouble(points -> Math.max(0, max - points)).average().orElseThrow();
            expectedCodes.add(item.code());
            expected.add(new double[] {max - own, ofCategory, all, max - own - ofCategory});
        }
        assertThat(expectedCodes).isNotEmpty();
        assertThat(profile.lostPoints()).extracting(BranchProfile.LostPoints::code).containsExactlyInAnyOrderElementsOf(expectedCodes);
        for (BranchProfile.LostPoints lost : profile.lostPoints()) {
            double[] figures = expected.get(expectedCodes.indexOf(lost.code()));
            assertThat(lost.lost().doubleValue()).isCloseTo(figures[0], org.assertj.core.data.Offset.offset(0.006));
            assertThat(lost.categoryAverage().doubleValue()).isCloseTo(figures[1], org.assertj.core.data.Offset.offset(0.006));
            assertThat(lost.allAverage().doubleValue()).isCloseTo(figures[2], org.assertj.core.data.Offset.offset(0.006));
            assertThat(lost.aboveCategory().doubleValue()).isCloseTo(figures[3], org.assertj.core.data.Offset.offset(0.011));
        }
        // Ranked: most points lost above the category's average first.
        List<BigDecimal> ranking = profile.lostPoints().stream().map(BranchProfile.LostPoints::aboveCategory).toList();
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(ranking.get(i)).isLessThanOrEqualTo(ranking.get(i - 1));
        }
    }

    /** Each branch's points per item counted plainly: consensus, else the members' mean; two groups averaged. */
    private static Map<String, Map<String, Double>> countedPoints(List<ReviewedScores> reviewed) {
        Map<String, Map<String, List<Double>>> byGroups = new HashMap<>();
        for (ReviewedScores review : reviewed) {
            Map<String, List<Double>> branch = byGroups.computeIfAbsent(review.branchCode(), code -> new HashMap<>());
            Map<String, List<Double>> given = new HashMap<>();
            review.members().forEach(member -> member.points().forEach((item, points) ->
                    given.computeIfAbsent(item, key -> new ArrayList<>()).add(points.doubleValue())));
            review.consensus().keySet().forEach(item -> given.putIfAbsent(item, new ArrayList<>()));
            given.forEach((item, values) -> {
                BigDecimal consensus = review.consensus().get(item);
                double points = consensus != null ? consensus.doubleValue()
                        : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                branch.computeIfAbsent(item, key -> new ArrayList<>()).add(points);
            });
        }
        Map<String, Map<String, Double>> counted = new HashMap<>();
        byGroups.forEach((branch, items) -> {
            Map<String, Double> points = new HashMap<>();
            items.forEach((item, values) -> points.put(item, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
            counted.put(branch, points);
        });
        return counted;
    }

    @Test
    void theCommitteeItsUnitAndItsSecretaryReadTheProfileAndNobodyElse() {
        PartyOrganization branch = registry.organizationByCode(BRANCH).orElseThrow();
        PartyOrganization firstOfUnit = registry.organizationByCode("U001-B01").orElseThrow();
        long otherUnit = registry.unitByCode("U002").orElseThrow().getId();

        assertThat(profiles.profile(BRANCH, YEAR, DecisionFixtures.STAFF).header().code()).isEqualTo(BRANCH);
        assertThat(profiles.profile(BRANCH, YEAR, DecisionFixtures.LEADER).header().code()).isEqualTo(BRANCH);
        BranchProfile ofUnit = profiles.profile(BRANCH, YEAR, unit(branch.getUnitId()));
        assertThat(ofUnit.scores().published()).as("2021 is confirmed: its observed scores are published").isTrue();
        assertThat(ofUnit.scores().totalUsed()).isNotNull();
        assertThat(profiles.profile(BRANCH, YEAR, secretary(branch)).header().code()).isEqualTo(BRANCH);

        refused(() -> profiles.profile(BRANCH, YEAR, unit(otherUnit)), "profile.otherUnit");
        refused(() -> profiles.profile(BRANCH, YEAR, secretary(firstOfUnit)), "profile.otherBranch");
        for (Role role : List.of(Role.OBSERVER, Role.GROUP_LEADER, Role.SYSTEM_ADMINISTRATOR)) {
            refused(() -> profiles.profile(BRANCH, YEAR, DecisionFixtures.person("someone", role)), "profile.notForRole");
        }
        refused(() -> profiles.profile("U001", YEAR, DecisionFixtures.STAFF), "profile.unknownBranch");
        refused(() -> profiles.profile("NO-SUCH", YEAR, DecisionFixtures.STAFF), "profile.unknownBranch");
    }

    @Test
    void aUnitSeesObservedScoresOnlyOnceTheCommitteeConfirmedTheYear() {
        DecisionFixtures.scoredCampaign(context, UNCONFIRMED, target -> 0.8);
        String code = reviews.reviewedScores(UNCONFIRMED).stream().map(ReviewedScores::branchCode)
                .filter(candidate -> candidate.startsWith("U001-")).findFirst().orElseThrow();
        PartyOrganization branch = registry.organizationByCode(code).orElseThrow();

        BranchProfile ofCommittee = profiles.profile(code, UNCONFIRMED, DecisionFixtures.STAFF);
        assertThat(ofCommittee.year()).isEqualTo(UNCONFIRMED);
        assertThat(ofCommittee.scores().published()).isTrue();
        assertThat(ofCommittee.scores().observed()).isTrue();
        assertThat(ofCommittee.scores().totalUsed()).as("nothing confirmed yet").isNull();

        for (CurrentUser reader : List.of(unit(branch.getUnitId()), secretary(branch))) {
            BranchProfile profile = profiles.profile(code, UNCONFIRMED, reader);
            assertThat(profile.scores().published()).isFalse();
            assertThat(profile.scores().observed()).isFalse();
            assertThat(profile.scores().sections()).allSatisfy(section -> {
                assertThat(section.observed()).isNull();
                assertThat(section.items()).allSatisfy(item -> assertThat(item.observed()).isNull());
            });
            assertThat(profile.lostPoints()).isEmpty();
            assertThat(profile.problems()).isEmpty();
        }
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refused.class).extracting(thrown -> ((Refused) thrown).messageKey())
                .isEqualTo(key);
    }

    static CurrentUser unit(long unitId) {
        return new CurrentUser(-7, "unit", "单位", Role.UNIT_COMMITTEE, unitId, null, false, false, true, null);
    }

    static CurrentUser secretary(PartyOrganization branch) {
        return new CurrentUser(-8, "secretary", "书记", Role.BRANCH_SECRETARY, branch.getUnitId(), branch.getId(), false,
                false, true, null);
    }
}
