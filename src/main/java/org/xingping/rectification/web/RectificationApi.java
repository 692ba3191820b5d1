package org.xingping.rectification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.campaign.CampaignManagement;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.ApiFilters;
import org.xingping.platform.ApiPage;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.RestApi;
import org.xingping.rectification.RectificationLedger;
import org.xingping.rectification.RectificationTask;
import org.xingping.rectification.RectificationTask.Severity;
import org.xingping.rectification.RectificationTask.Source;
import org.xingping.rectification.RectificationTask.Status;

/** A campaign's rectification tasks read through the API, scoped as the ledger is. */
// The roles of the pages that list them: the 系统管理员 keeps the system, not the campaign.
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER', 'UNIT_COMMITTEE', 'BRANCH_SECRETARY')")
@RestApi
@RequestMapping("/api/v1/campaigns/{year}/rectification-tasks")
@Tag(name = "rectification", description = "整改任务 / rectification tasks")
class RectificationApi {

    /** A task as the API shows it; {@code overdue} is not a state but an open task past its deadline. */
    record TaskResponse(long id, String unitCode, String unitName, String branchCode, String branchName,
            Source source, String itemCode, String itemName, Severity severity, String text, String foundBy,
            Status status, boolean overdue, LocalDate deadline, String answer, String outcome, String answeredBy,
            Instant answeredAt, String verifiedBy, Instant verifiedAt, int reopenCount) {

        static TaskResponse of(RectificationTask task, LocalDate today) {
            return new TaskResponse(task.id(), task.unitCode(), task.unitName(), task.branchCode(), task.branchName(),
                    task.source(), task.itemCode(), task.itemName(), task.severity(), task.text(), task.foundBy(),
                    task.status(), task.overdueOn(today), task.deadline(), task.answer(), task.outcome(),
                    task.answeredBy(), task.answeredAt(), task.verifiedBy(), task.verifiedAt(), task.reopenCount());
        }
    }

    private final RectificationLedger ledger;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;

    RectificationApi(RectificationLedger ledger, CampaignManagement campaigns, OrganizationManagement registry) {
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "整改任务 / rectification tasks", description = """
            与整改台账相同的范围：工委看全部，单位党委看本单位，支部书记看本支部；观摩员和系统管理员 403。按范围外的单位筛选返回 403。\
            Scoped like the ledger. Filters: unit (code), state (OPEN, ANSWERED, REOPENED, CLOSED, OVERDUE), \
            severity (MINOR, MODERATE, SERIOUS), item (item code), text.""")
    ApiPage<TaskResponse> tasks(@PathVariable int year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String state, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String item, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUser.required();
        campaigns.requireInScope(year, user.scope());
        var pageable = ApiPage.request(page, size);
        String unitCode = ApiFilters.named("unit", unit, () -> registry.unitInScope(unit.strip(), user.scope()))
                .map(Unit::getCode).orElse(null);
        List<String> states = new ArrayList<>(Arrays.stream(Status.values()).map(Enum::name).toList());
        states.add("OVERDUE");
        var filter = new RectificationLedger.Filter(year, unitCode, ApiFilters.oneOf("state", state, states).orElse(null),
                ApiFilters.enumValue("severity", severity, Severity.class).orElse(null), item, text);
        LocalDate today = ledger.today();
        return ApiPage.of(ledger.page(filter, user, pageable), task -> TaskResponse.of(task, today));
    }
}
