package org.xingping.scoring.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.campaign.CampaignManagement;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.ApiPage;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.NotFound;
import org.xingping.platform.OutOfScope;
import org.xingping.platform.RestApi;
import org.xingping.scoring.BranchReview;
import org.xingping.scoring.ConsensusValue;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.GroupReviews.BranchStatus;
import org.xingping.scoring.SheetStatus;

/**
 * The observers' score sheets read through the API, exactly as the group-review pages show them:
 * to the committee, and to observers within their group's rules. Units and branches never see
 * observers' scores.
 */
@RestApi
@RequestMapping("/api/v1/campaigns/{year}/score-sheets")
@Tag(name = "score-sheets", description = "评分表 / observers' score sheets")
class ScoreSheetApi {

    /** A branch a group visits and how far its review has come. */
    record SheetsOfBranchResponse(String branchCode, String branchName, String unitCode, String unitName, int group,
            boolean linking, int submittedSheets, int members, boolean finalised) {

        static SheetsOfBranchResponse of(BranchStatus status) {
            return new SheetsOfBranchResponse(status.branchCode(), status.branchName(), status.unitCode(),
                    status.unitName(), status.group(), status.linking(), status.submitted(), status.members(),
                    status.finalised());
        }
    }

    record MemberResponse(String observer, boolean leader, SheetStatus status, BigDecimal total) {
    }

    /**
     * One item: each member's points in the order of {@code members} (null where none), the
     * consolidation, the leader's consensus if set, and what counts.
     */
    record ItemResponse(String itemCode, String itemName, BigDecimal maxPoints, List<BigDecimal> points,
            BigDecimal spread, boolean divergent, BigDecimal consolidated, BigDecimal consensus, BigDecimal counted) {
    }

    record ReviewResponse(int year, String branchCode, String branchName, String unitCode, int group,
            List<MemberResponse> members, List<ItemResponse> items, BigDecimal countedTotal, boolean finalised) {

        static ReviewResponse of(BranchReview review) {
            return new ReviewResponse(review.year(), review.branchCode(), review.branchName(), review.unitCode(),
                    review.group(), review.members().stream().map(member -> new MemberResponse(member.name(),
                            member.leader(), member.status(), member.total())).toList(),
                    review.rows().stream().map(row -> new ItemResponse(row.item().code(), row.item().name(),
                            row.item().max(), row.points(), row.spread(), row.divergent(), row.consolidated(),
                            row.consensus().map(ConsensusValue::points).orElse(null), row.counted())).toList(),
                    review.countedTotal(), review.finalised());
        }
    }

    private final GroupReviews reviews;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;

    ScoreSheetApi(GroupReviews reviews, CampaignManagement campaigns, OrganizationManagement registry) {
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "评分的支部 / branches scored", description = """
            工委看已发布安排中的全部支部；观摩组组长和观摩员看本组行程中的支部；单位和支部永远不能查看观摩员的评分（403）。\
            Committee: every planned branch; observers: their group's; unit and branch accounts never see \
            observers' scores (403).""")
    ApiPage<SheetsOfBranchResponse> branches(@PathVariable int year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = requireScorerOrCommittee();
        campaigns.require(year);
        var pageable = ApiPage.request(page, size);
        List<BranchStatus> branches = user.isCommittee()
                ? reviews.plannedBranches(year, "", Integer.MAX_VALUE, user) : reviews.branchesOf(year, user);
        return ApiPage.of(branches, pageable, SheetsOfBranchResponse::of);
    }

    @GetMapping("/{branchCode}")
    @Operation(summary = "一个支部的评分表 / one branch's sheets side by side", description = """
            一个观摩组对一个支部的全部评分表：每位观摩员的逐项得分、合并分和组长的共识分。观摩员只看本组的，\
            其他组的评分须工委开放后才能看；回避的单位不能看。group 省略时为本组（工委：第一个观摩该支部的组）。\
            One group's sheets of a branch. Observers: their own group's; another group's only once the \
            committee opens the groups' scores; never a unit they are recused from.""")
    ReviewResponse review(@PathVariable int year, @PathVariable String branchCode,
            @RequestParam(required = false) Integer group) {
        CurrentUser user = requireScorerOrCommittee();
        campaigns.require(year);
        if (registry.organizationByCode(branchCode).isEmpty()) {
            throw new NotFound("api.organization.notFound", branchCode);
        }
        return ReviewResponse.of(reviews.review(year, branchCode, group, user));
    }

    private static CurrentUser requireScorerOrCommittee() {
        CurrentUser user = CurrentUser.required();
        if (!user.isCommittee() && !user.isObserver()) {
            throw new OutOfScope("api.scores.notForRole");
        }
        return user;
    }
}
