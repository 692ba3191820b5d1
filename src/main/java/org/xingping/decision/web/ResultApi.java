package org.xingping.decision.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.Confirmation;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.Designation;
import org.xingping.decision.Designations;
import org.xingping.decision.RatingDecisions;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.ApiFilters;
import org.xingping.platform.ApiPage;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.NotFound;
import org.xingping.platform.RestApi;

/** A campaign's confirmed results read through the API: what a province's platform pulls from a city. */
@RestApi
@RequestMapping("/api/v1/campaigns/{year}/results")
@Tag(name = "results", description = "评定结果 / confirmed results")
class ResultApi {

    /** One branch's confirmed result: its level (0 = not rated), the total that decided it, its honours. */
    record ResultResponse(String branchCode, String branchName, String unitCode, String unitName, int stars,
            String levelName, BigDecimal total, List<String> honourCodes, List<String> honourNames, boolean reopened) {

        static ResultResponse of(DecidedBranch branch) {
            return new ResultResponse(branch.branchCode(), branch.branchName(), branch.unitCode(), branch.unitName(),
                    branch.stars(), branch.levelName(), branch.total(), branch.honourCodes(), branch.honourNames(),
                    branch.reopened());
        }
    }

    /** A campaign's results: whether and when they were confirmed and designated, and a page of them. */
    record ResultsResponse(int year, boolean confirmed, Instant confirmedAt, boolean adjustedTotals,
            boolean designated, Instant designatedAt, ApiPage<ResultResponse> results) {
    }

    private final RatingDecisions decisions;
    private final Designations designations;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;

    ResultApi(RatingDecisions decisions, Designations designations, CampaignManagement campaigns,
            OrganizationManagement registry) {
        this.decisions = decisions;
        this.designations = designations;
        this.campaigns = campaigns;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "年度评定结果 / a campaign's confirmed results", description = """
            工委确认后才有结果（确认前为空列表）。工委看全部；单位党委只看本单位，支部书记只看本支部；\
            观摩员和系统管理员不读结果（403）。按范围外的单位筛选返回 403。Empty until the committee confirms. \
            Committee: every branch; unit and branch accounts: their own; other roles: 403.""")
    ResultsResponse results(@PathVariable int year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUser.required();
        campaigns.requireInScope(year, user.scope());
        var pageable = ApiPage.request(page, size);
        String unitCode = ApiFilters.named("unit", unit, () -> registry.unitInScope(unit.strip(), user.scope()))
                .map(Unit::getCode).orElse(null);
        List<DecidedBranch> results = decisions.confirmedResults(year, user).stream()
                .filter(branch -> unitCode == null || branch.unitCode().equals(unitCode)).toList();
        var confirmation = decisions.confirmation(year);
        var designation = designations.designation(year);
        return new ResultsResponse(year, confirmation.isPresent(),
                confirmation.map(Confirmation::confirmedAt).orElse(null),
                confirmation.map(Confirmation::adjustedTotals).orElse(false), designation.isPresent(),
                designation.map(Designation::designatedAt).orElse(null),
                ApiPage.of(results, pageable, ResultResponse::of));
    }

    @GetMapping("/{branchCode}")
    @Operation(summary = "一个支部的评定结果 / one branch's confirmed result", description = """
            范围外的支部 403；无确认结果 404。A branch outside the caller's scope: 403; no confirmed result: 404.""")
    ResultResponse result(@PathVariable int year, @PathVariable String branchCode) {
        CurrentUser user = CurrentUser.required();
        campaigns.requireInScope(year, user.scope());
        registry.organizationInScope(branchCode, user.scope());
        return decisions.confirmedResults(year, user).stream()
                .filter(branch -> branch.branchCode().equals(branchCode)).findFirst().map(ResultResponse::of)
                .orElseThrow(() -> new NotFound("api.results.notFound", branchCode, String.valueOf(year)));
    }
}
