package org.xingping.observation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xingping.campaign.CampaignManagement;
import org.xingping.observation.Itinerary;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.NotFound;
import org.xingping.platform.OutOfScope;
import org.xingping.platform.RestApi;

/** A campaign's published visit plan read through the API: the committee all of it, an observer their group's. */
@RestApi
@RequestMapping("/api/v1/campaigns/{year}/plan")
@Tag(name = "plan", description = "观摩安排 / the published visit plan")
class PlanApi {

    record GroupResponse(int number, String leader, List<String> members) {

        static GroupResponse of(ObservationGroup group) {
            return new GroupResponse(group.number(), group.leader().name(),
                    group.members().stream().map(Observer::name).toList());
        }
    }

    /** One visit: a group at a unit's briefing ({@code branchCode} null) or at one branch. */
    record VisitResponse(int group, LocalDate date, LocalTime start, LocalTime end, String unitCode,
            String branchCode, boolean linking) {

        static VisitResponse of(Visit visit) {
            return new VisitResponse(visit.group(), visit.date(), visit.start(), visit.end(), visit.unitCode(),
                    visit.branchCode(), visit.linking());
        }
    }

    /** @param wholePlan false when the caller sees only their own group's itinerary */
    record PlanResponse(int year, Instant publishedAt, boolean wholePlan, List<GroupResponse> groups,
            List<VisitResponse> visits) {
    }

    private final ObservationManagement observation;
    private final CampaignManagement campaigns;

    PlanApi(ObservationManagement observation, CampaignManagement campaigns) {
        this.observation = observation;
        this.campaigns = campaigns;
    }

    @GetMapping
    @Operation(summary = "已发布的观摩安排 / the published visit plan", description = """
            工委看全部观摩组和全部场次；观摩组组长和观摩员只看本组的行程（不含回避的单位）；单位、支部和系统管理员 403。\
            未发布 404。Committee: every group and visit; group leaders and observers: their own group's \
            itinerary, without what they are recused from; other roles: 403. Not yet published: 404.""")
    PlanResponse plan(@PathVariable int year) {
        CurrentUser user = CurrentUser.required();
        campaigns.require(year);
        if (user.isCommittee()) {
            StoredPlan plan = observation.plan(year).filter(StoredPlan::published)
                    .orElseThrow(() -> new NotFound("api.plan.notPublished", String.valueOf(year)));
            return new PlanResponse(year, plan.publishedAt().orElse(null), true,
                    observation.groups(year).stream().map(GroupResponse::of).toList(),
                    plan.visits().stream().map(VisitResponse::of).toList());
        }
        if (!user.isObserver()) {
            throw new OutOfScope("api.plan.notForRole");
        }
        Itinerary itinerary = observation.itinerary(year, user)
                .orElseThrow(() -> new NotFound("api.plan.noItinerary", String.valueOf(year)));
        Instant publishedAt = observation.plan(year).flatMap(StoredPlan::publishedAt).orElse(null);
        return new PlanResponse(year, publishedAt, false, List.of(GroupResponse.of(itinerary.group())),
                itinerary.visits().stream().map(VisitResponse::of).toList());
    }
}
