package org.xingping.campaign.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignCalendar;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.CampaignPhase;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.RestApi;

/** The campaigns read through the API: year, standard, calendar and the phase they are in. */
@RestApi
@RequestMapping("/api/v1/campaigns")
@Tag(name = "campaigns", description = "创建年度 / campaigns")
class CampaignApi {

    /**
     * A campaign as the API shows it.
     *
     * @param phase   where it stands today in the yearly cycle
     * @param current whether it is the year the pages work on
     */
    record CampaignResponse(int year, String name, String standardId, CampaignPhase phase, boolean current,
            CampaignCalendar calendar, int units) {
    }

    private final CampaignManagement campaigns;

    CampaignApi(CampaignManagement campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @Operation(summary = "创建年度列表 / campaigns", description = """
            工委和观摩员看全部年度；单位党委和支部书记只看本单位参加的年度。\
            Every campaign for the committee and observers; a unit or branch account sees those its unit takes part in.""")
    List<CampaignResponse> campaigns() {
        DataScope scope = CurrentUser.required().scope();
        return campaigns.all().stream().filter(campaign -> CampaignManagement.sees(campaign, scope))
                .map(this::response).toList();
    }

    @GetMapping("/{year}")
    @Operation(summary = "创建年度 / one campaign", description = """
            不存在的年度 404；本单位未参加的年度 403。Unknown year: 404; a year the caller's unit takes no part in: 403.""")
    CampaignResponse campaign(@PathVariable int year) {
        return response(campaigns.requireInScope(year, CurrentUser.required().scope()));
    }

    private CampaignResponse response(Campaign campaign) {
        boolean current = campaigns.current().map(Campaign::getYear).filter(year -> year == campaign.getYear())
                .isPresent();
        return new CampaignResponse(campaign.getYear(), campaign.getName(), campaign.getStandardId(),
                campaign.phaseOn(LocalDate.now()), current, campaign.calendar(), campaign.unitIds().size());
    }
}
