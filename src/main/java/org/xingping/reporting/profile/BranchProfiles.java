package org.xingping.reporting.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.BranchHistory;
import org.xingping.decision.Confirmation;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.Designations;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.Declaration;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.declaration.SelfScore;
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationType;
import org.xingping.organization.PartyOrganization;
import org.xingping.organization.Unit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.rectification.RectificationLedger;
import org.xingping.reporting.CountedPoints;
import org.xingping.reporting.ReportRefused;
import org.xingping.scoring.Finding;
import org.xingping.scoring.GroupReviews;
import org.xingping.standard.Condition;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Section;

/**
 * Reads a branch's profile (支部档案). The committee reads every branch's; a unit account its unit's
 * branches; a branch account its own; anyone else none, each refusal saying why. Observed scores
 * are the observers' work and reach a unit or branch account only once the committee confirmed the
 * year's results; the committee reads them always.
 */
@Service
@Transactional(readOnly = true)
public class BranchProfiles {

    private final OrganizationManagement registry;
    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final GroupReviews reviews;
    private final RatingDecisions decisions;
    private final Designations designations;
    private final RectificationLedger rectification;
    /** The peer figures of confirmed years, by year (see {@link YearFigures}). */
    private final Map<Integer, YearFigures> confirmedFigures = new ConcurrentHashMap<>();

    BranchProfiles(OrganizationManagement registry, CampaignManagement campaigns, DeclarationManagement declarations,
                   GroupReviews reviews, RatingDecisions decisions, Designations designations,
                   RectificationLedger rectification) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.reviews = reviews;
        this.decisions = decisions;
        this.designations = designations;
        this.rectification = rectification;
    }

    /**
     * The profile of a branch, its score sections of {@code year} (when null or not a campaign's
     * year: the newest year whose results are confirmed, else the newest campaign).
     */
    public BranchProfile profile(String branchCode, Integer year, CurrentUser user) {
        PartyOrganization branch = registry.organizationByCode(branchCode == null ? "" : branchCode.strip())
                .filter(organization -> organization.getType() == OrganizationType.BRANCH)
                .orElseThrow(() -> new ReportRefused("profile.unknownBranch", String.valueOf(branchCode)));
        requireReader(branch, user);
        Unit unit = registry.unit(branch.getUnitId(), DataScope.all());
        BranchHistory history = designations.history(branch.getCode(), user);
        List<Integer> years = campaigns.all().stream().map(Campaign::getYear).toList();
        int chosen = year != null && years.contains(year) ? year : defaultYear(years);
        Optional<BranchProfile.ThisYear> thisYear = campaigns.current()
                .flatMap(campaign -> declarationOf(campaign, branch, user)
                        .map(declaration -> thisYear(campaign, declaration)));
        Rated rated = campaigns.find(chosen).map(campaign -> rated(campaign, branch, user)).orElse(Rated.NONE);
        return new BranchProfile(header(branch, unit), history.years(), thisYear, chosen, years, rated.scores(),
                rated.lostPoints(), rated.problems(), rectification.ofBranch(branch.getCode(), user),
                honours(history));
    }

    /** Who reads which profile: the rule of the class, each refusal with its reason. */
    static void requireReader(PartyOrganization branch, CurrentUser user) {
        switch (user.role()) {
            case COMMITTEE_ADMINISTRATOR, COMMITTEE_LEADER -> { }
            case UNIT_COMMITTEE -> {
                if (user.unitId().filter(unit -> unit.equals(branch.getUnitId())).isEmpty()) {
                    throw new ReportRefused("profile.otherUnit", branch.getCode());
                }
            }
            case BRANCH_SECRETARY -> {
                if (user.organizationId().filter(own -> own.equals(branch.getId())).isEmpty()) {
                    throw new ReportRefused("profile.otherBranch", branch.getCode());
                }
            }
            default -> throw new ReportRefused("profile.notForRole");
        }
    }

    private int defaultYear(List<Integer> years) {
        return years.stream().filter(year -> decisions.confirmation(year).isPresent()).findFirst()
                .or(() -> years.stream().findFirst()).orElse(0);
    }

    private static BranchProfile.Header header(PartyOrganization branch, Unit unit) {
        List<OrganizationLevel> levels = branch.levels();
        Optional<OrganizationLevel> latest = levels.isEmpty() ? Optional.empty() : Optional.of(levels.get(levels.size() - 1));
        return new BranchProfile.Header(branch.getCode(), branch.getName(), unit.getCode(), unit.getName(),
                unit.getCategory(), branch.getSecretary(), branch.getMembers(),
                latest.map(OrganizationLevel::stars).orElse(null), latest.map(OrganizationLevel::year).orElse(null),
                latest.map(OrganizationLevel::redFlag).orElse(false));
    }

    private Optional<Declaration> declarationOf(Campaign campaign, PartyOrganization branch, CurrentUser user) {
        // The branch's own scope narrows the campaign's list to the one branch.
        return declarations.rows(campaign.getId(), new DeclarationFilter(branch.getCode(), null, null, null, null, null),
                        DataScope.organization(branch.getUnitId(), branch.getId())).stream()
                .filter(row -> row.branchCode().equals(branch.getCode())).findFirst()
                .map(row -> declarations.read(row.id(), user));
    }

    private BranchProfile.ThisYear thisYear(Campaign campaign, Declaration declaration) {
        RatingStandard standard = declarations.standardOf(declaration);
        List<String> claims = declaration.claims().stream()
                .map(claim -> standard.condition(claim.conditionCode()).map(Condition::name).orElse(claim.conditionCode()))
                .toList();
        return new BranchProfile.ThisYear(declaration.getId(), campaign.getYear(), declaration.getKind(),
                declaration.getCurrentLevel(), declaration.getTargetLevel(), declaration.getStatus(),
                declaration.getSelfScore(), claims);
    }

    /** The sections of a rated year: scores, lost points and problems. */
    private record Rated(BranchProfile.Scores scores, List<BranchProfile.LostPoints> lostPoints,
                         List<BranchProfile.Problem> problems) {

        static final Rated NONE = new Rated(new BranchProfile.Scores(false, null, false, false, null, null, null, null,
                List.of()), List.of(), List.of());
    }

    private Rated rated(Campaign campaign, PartyOrganization branch, CurrentUser user) {
        int year = campaign.getYear();
        RatingStandard standard = declarations.standardOfCampaign(campaign);
        Optional<Declaration> declaration = declarationOf(campaign, branch, user);
        Optional<SelfScore> self = declaration.map(declarations::selfScore);
        Map<String, BigDecimal> selfItems = self.map(SelfScore::itemScores).orElse(Map.of());
        // An imported declaration carries its self-assessed total without item scores.
        BigDecimal selfTotal = self.flatMap(SelfScore::total).orElse(declaration.map(Declaration::getSelfScore).orElse(null));
        Optional<Confirmation> confirmation = decisions.confirmation(year);
        boolean published = user.isCommittee() || confirmation.isPresent();
        YearFigures figures = published ? figures(campaign, standard, confirmation) : YearFigures.NONE;
        Map<String, Map<String, BigDecimal>> counted = figures.counted();
        Map<String, BigDecimal> observed = counted.getOrDefault(branch.getCode(), Map.of());
        Optional<DecidedBranch> result = published
                ? decisions.confirmedResults(year).stream().filter(decided -> decided.branchCode().equals(branch.getCode())).findFirst()
                : Optional.empty();
        List<BranchProfile.SectionScores> sections = new ArrayList<>();
        for (Section section : standard.sections()) {
            List<BranchProfile.ItemScores> items = section.items().stream()
                    .map(item -> new BranchProfile.ItemScores(item.code(), item.name(), item.max(),
                            selfItems.get(item.code()), observed.get(item.code())))
                    .toList();
            sections.add(new BranchProfile.SectionScores(section.code(), section.name(), section.maxScore(),
                    sectionScore(section, items.stream().map(BranchProfile.ItemScores::self).toList()),
                    sectionScore(section, items.stream().map(BranchProfile.ItemScores::observed).toList()), items));
        }
        BigDecimal observedTotal = observed.isEmpty() ? null : sections.stream().map(BranchProfile.SectionScores::observed)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        BranchProfile.Scores scores = new BranchProfile.Scores(declaration.isPresent(), selfTotal,
                published, !observed.isEmpty(), observedTotal, result.map(DecidedBranch::total).orElse(null),
                result.map(DecidedBranch::stars).orElse(null), result.map(DecidedBranch::levelName).orElse(null), sections);
        List<BranchProfile.LostPoints> lost = observed.isEmpty() ? List.of()
                : lostPoints(standard, branch.getCode(), counted, figures.categories());
        List<BranchProfile.Problem> problems = !published ? List.of() : reviews.findings(year).stream()
                .filter(finding -> finding.branchCode() != null && finding.branchCode().equals(branch.getCode()))
                .filter(finding -> finding.kind() == Finding.Kind.PROBLEM)
                .map(finding -> new BranchProfile.Problem(finding.itemCode(),
                        finding.itemCode() == null ? null : standard.item(finding.itemCode()).map(Item::name).orElse(null),
                        finding.severity(), finding.text()))
                .toList();
        return new Rated(scores, lost, problems);
    }

    /**
     * What every branch of a year counted per item and each branch's unit category: the peers a
     * profile compares with. Reading it means reading every finalised sheet of the year, so a
     * confirmed year's is kept: once the committee confirmed, the groups' finalised scores no longer
     * change, and a new confirmation (a new time) reads them again.
     */
    private record YearFigures(Optional<Instant> confirmedAt, Map<String, Map<String, BigDecimal>> counted,
                               Map<String, String> categories) {

        static final YearFigures NONE = new YearFigures(Optional.empty(), Map.of(), Map.of());
    }

    private YearFigures figures(Campaign campaign, RatingStandard standard, Optional<Confirmation> confirmation) {
        int year = campaign.getYear();
        Optional<Instant> confirmedAt = confirmation.map(Confirmation::confirmedAt);
        YearFigures kept = confirmedFigures.get(year);
        if (confirmedAt.isPresent() && kept != null && kept.confirmedAt().equals(confirmedAt)) {
            return kept;
        }
        YearFigures read = new YearFigures(confirmedAt,
                CountedPoints.byBranch(reviews.reviewedScores(year), standard.items().stream().map(Item::code).toList()),
                categories(campaign));
        if (confirmedAt.isPresent()) {
            confirmedFigures.put(year, read);
        }
        return read;
    }

    /** A section's score from its items' (capped as the standard caps it); null when none is scored. */
    private static BigDecimal sectionScore(Section section, List<BigDecimal> points) {
        List<BigDecimal> scored = points.stream().filter(Objects::nonNull).toList();
        return scored.isEmpty() ? null : section.score(scored.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Each declared branch's unit category, by branch code: who the branch's peers are. */
    private Map<String, String> categories(Campaign campaign) {
        Map<String, String> categories = new HashMap<>();
        for (DeclarationRow row : declarations.rows(campaign.getId(), DeclarationFilter.everything(), DataScope.all())) {
            categories.put(row.branchCode(), row.unitCategory() == null ? "" : row.unitCategory());
        }
        return categories;
    }

    /**
     * The items the branch lost points on, ranked by how many more it lost than the average branch
     * of its unit category (then by points lost): where it falls behind its peers first.
     */
    static List<BranchProfile.LostPoints> lostPoints(RatingStandard standard, String branchCode,
                                                     Map<String, Map<String, BigDecimal>> counted,
                                                     Map<String, String> categories) {
        Map<String, BigDecimal> own = counted.getOrDefault(branchCode, Map.of());
        String category = categories.getOrDefault(branchCode, "");
        List<BranchProfile.LostPoints> lost = new ArrayList<>();
        for (Item item : standard.items()) {
            BigDecimal points = own.get(item.code());
            if (points == null || item.max().signum() <= 0) {
                continue;
            }
            BigDecimal ownLost = lost(item, points);
            if (ownLost.signum() <= 0) {
                continue;
            }
            List<BigDecimal> all = new ArrayList<>();
            List<BigDecimal> peers = new ArrayList<>();
            counted.forEach((code, items) -> {
                BigDecimal value = items.get(item.code());
                if (value != null) {
                    all.add(lost(item, value));
                    if (category.equals(categories.get(code))) {
                        peers.add(lost(item, value));
                    }
                }
            });
            // The branch is its own peer, unless its unit has no category on record.
            BigDecimal categoryAverage = peers.isEmpty() ? ownLost : CountedPoints.mean(peers);
            lost.add(new BranchProfile.LostPoints(item.code(), item.name(), item.max(), scaled(ownLost),
                    scaled(categoryAverage), scaled(CountedPoints.mean(all)), scaled(ownLost.subtract(categoryAverage))));
        }
        lost.sort(Comparator.comparing(BranchProfile.LostPoints::aboveCategory).reversed()
                .thenComparing(Comparator.comparing(BranchProfile.LostPoints::lost).reversed())
                .thenComparing(BranchProfile.LostPoints::code));
        return lost;
    }

    private static BigDecimal lost(Item item, BigDecimal points) {
        return item.max().subtract(points).max(BigDecimal.ZERO);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Honours over the years, newest first: the designated ones, and the registry's red flags of years without them. */
    private static List<BranchProfile.HonourOfYear> honours(BranchHistory history) {
        List<BranchProfile.HonourOfYear> honours = new ArrayList<>();
        for (BranchHistory.YearOfLevel year : history.years()) {
            year.honours().forEach(honour -> honours.add(new BranchProfile.HonourOfYear(year.year(), honour.name(),
                    honour.revoked())));
            if (year.redFlag() && year.honours().isEmpty()) {
                honours.add(new BranchProfile.HonourOfYear(year.year(), null, false));
            }
        }
        return honours;
    }
}
