package org.xingping.declaration.web;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.declaration.DeclarationSource;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.ApiFilters;
import org.xingping.platform.ApiPage;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.RestApi;
import org.xingping.standard.DeclarationKind;

/** A campaign's declarations read through the API, within the caller's scope. */
// The roles of the pages that list them: the 系统管理员 keeps the system, not the campaign.
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER', 'UNIT_COMMITTEE', 'BRANCH_SECRETARY')")
@RestApi
@RequestMapping("/api/v1/campaigns/{year}/declarations")
@Tag(name = "declarations", description = "申报 / declarations")
class DeclarationApi {

    /** A declaration as the API shows it: the branch, what it applied for, where it stands. */
    record DeclarationResponse(String branchCode, String branchName, String unitCode, String unitName,
            DeclarationKind kind, int currentLevel, int targetLevel, DeclarationStatus status, DeclarationSource source,
            BigDecimal selfScore, Instant submittedAt) {

        static DeclarationResponse of(DeclarationRow row) {
            return new DeclarationResponse(row.branchCode(), row.branchName(), row.unitCode(), row.unitName(),
                    row.kind(), row.currentLevel(), row.targetLevel(), row.status(), row.source(), row.selfScore(),
                    row.submittedAt());
        }
    }

    private final DeclarationManagement declarations;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;

    DeclarationApi(DeclarationManagement declarations, CampaignManagement campaigns, OrganizationManagement registry) {
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "年度申报列表 / a campaign's declarations", description = """
            工委看全部申报；单位党委只看本单位的，支部书记只看本支部的；观摩员和系统管理员 403（观摩员经评分页面读申报）。\
            按范围外的单位筛选返回 403。Filters: unit (code), status (DRAFT, SUBMITTED, RETURNED, FORWARDED), \
            kind (KEEP, PROMOTE, FIRST), targetLevel. A unit outside the caller's scope is refused (403).""")
    ApiPage<DeclarationResponse> declarations(@PathVariable int year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer targetLevel, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        DataScope scope = CurrentUser.required().scope();
        Campaign campaign = campaigns.requireInScope(year, scope);
        var pageable = ApiPage.request(page, size);
        Long unitId = ApiFilters.named("unit", unit, () -> registry.unitInScope(unit.strip(), scope))
                .map(Unit::getId).orElse(null);
        DeclarationFilter filter = new DeclarationFilter(null, unitId, null,
                ApiFilters.enumValue("status", status, DeclarationStatus.class).orElse(null),
                ApiFilters.enumValue("kind", kind, DeclarationKind.class).orElse(null), targetLevel);
        return ApiPage.of(declarations.rows(campaign.getId(), filter, scope), pageable, DeclarationResponse::of);
    }
}
