package org.xingping.organization.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationQuery;
import org.xingping.organization.OrganizationRow;
import org.xingping.organization.OrganizationType;
import org.xingping.organization.PartyOrganization;
import org.xingping.organization.TreeNode;
import org.xingping.organization.Unit;
import org.xingping.organization.UnitRow;
import org.xingping.platform.ApiFilters;
import org.xingping.platform.ApiPage;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.RestApi;

/** The registry read through the API: units and party organisations with their tree and levels. */
@RestApi
@RequestMapping("/api/v1")
@Tag(name = "organizations", description = "单位与党组织 / units and party organisations")
class OrganizationApi {

    /** A unit as the API shows it. */
    record UnitResponse(String code, String name, String category, String site, BigDecimal latitude,
            BigDecimal longitude, Integer organizations, Integer branches) {

        static UnitResponse of(UnitRow row) {
            return new UnitResponse(row.code(), row.name(), row.category(), row.site(), row.latitude(),
                    row.longitude(), row.organizations(), row.branches());
        }
    }

    /** A party organisation in the list: its unit, its parent in the tree, its latest level. */
    record OrganizationResponse(String code, String name, OrganizationType type, String unitCode, String parentCode,
            int children, String secretary, Integer members, Integer latestLevelYear, Integer latestStars,
            boolean redFlag) {

        static OrganizationResponse of(OrganizationRow row) {
            return new OrganizationResponse(row.code(), row.name(), row.type(), row.unitCode(), row.parentCode(),
                    row.children(), row.secretary(), row.members(), row.levelYear(), row.stars(), row.redFlag());
        }
    }

    /** One organisation with its level in every recorded year and the organisations directly below it. */
    record OrganizationDetailResponse(String code, String name, OrganizationType type, String unitCode,
            String parentCode, List<String> childCodes, String secretary, Integer members,
            List<OrganizationLevel> levels) {
    }

    private final OrganizationManagement registry;

    OrganizationApi(OrganizationManagement registry) {
        this.registry = registry;
    }

    @GetMapping("/units")
    @Operation(summary = "单位列表 / units", description = """
            工委看全部单位；单位党委和支部书记只看本单位；观摩员不经名册看单位（空列表）。\
            Committee: every unit; unit and branch accounts: their own unit only.""")
    ApiPage<UnitResponse> units(@RequestParam(required = false) String text,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        String known = ApiFilters.oneOf("category", category, registry.categories()).orElse(null);
        return ApiPage.of(registry.units(text, known, scope(), ApiPage.request(page, size)), UnitResponse::of);
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "单位 / one unit", description = """
            本范围外的单位返回 403，不存在的代码返回 404。Outside the caller's scope: 403; unknown code: 404.""")
    UnitResponse unit(@PathVariable String code) {
        Unit unit = registry.unitInScope(code, scope());
        return new UnitResponse(unit.getCode(), unit.getName(), unit.getCategory(), unit.getSite(),
                unit.getLatitude(), unit.getLongitude(), null, null);
    }

    @GetMapping("/organizations")
    @Operation(summary = "党组织列表 / party organisations", description = """
            可按单位、类型（ORGAN_COMMITTEE、COMMITTEE、GENERAL_BRANCH、BRANCH）筛选。单位党委只看本单位的党组织，\
            支部书记只看本支部；按范围外的单位筛选返回 403。Filter by unit, type, text; a unit outside the \
            caller's scope is refused (403), not filtered away.""")
    ApiPage<OrganizationResponse> organizations(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String type, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        DataScope scope = scope();
        Long unitId = ApiFilters.named("unit", unit, () -> registry.unitInScope(unit.strip(), scope))
                .map(Unit::getId).orElse(null);
        OrganizationType kind = ApiFilters.enumValue("type", type, OrganizationType.class).orElse(null);
        return ApiPage.of(registry.organizations(new OrganizationQuery(text, unitId, null, kind, null, null), scope,
                ApiPage.request(page, size)), OrganizationResponse::of);
    }

    @GetMapping("/organizations/{code}")
    @Operation(summary = "党组织 / one party organisation", description = """
            含历年星级（levels）和下级组织。范围外 403，不存在 404。With its level in every recorded year.""")
    OrganizationDetailResponse organization(@PathVariable String code) {
        DataScope scope = scope();
        PartyOrganization organization = registry.organizationInScope(code, scope);
        String parentCode = organization.getParentId() == null ? null
                : registry.organization(organization.getParentId(), DataScope.all()).getCode();
        List<String> children = registry.childNodes(organization.getUnitId(), organization.getId(), scope).stream()
                .map(TreeNode::code).toList();
        return new OrganizationDetailResponse(organization.getCode(), organization.getName(), organization.getType(),
                registry.unit(organization.getUnitId(), DataScope.all()).getCode(), parentCode, children,
                organization.getSecretary(), organization.getMembers(), organization.levels());
    }

    private static DataScope scope() {
        return CurrentUser.required().scope();
    }
}
