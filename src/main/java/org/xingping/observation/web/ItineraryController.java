package org.xingping.observation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xingping.campaign.CampaignManagement;
import org.xingping.observation.Itinerary;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Visit;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.CurrentUser;

/**
 * An observer's own itinerary once the plan is published: their group's days, today first, never
 * a unit or branch they are recused from. A unit's page (the QR code on the printout) lists what
 * the group sees there.
 */
@Controller
@RequestMapping("/itinerary")
@PreAuthorize("hasAnyRole('OBSERVER', 'GROUP_LEADER', 'COMMITTEE_LEADER', 'COMMITTEE_ADMINISTRATOR')")
class ItineraryController {

    private static final double MINUTES_PER_DAY = 24 * 60;

    private final ObservationManagement observation;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;
    private final Clock clock;

    ItineraryController(ObservationManagement observation, CampaignManagement campaigns,
            OrganizationManagement registry, Clock clock) {
        this.observation = observation;
        this.campaigns = campaigns;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping
    String mine(Model model) {
        itinerary(model);
        return "observation/itinerary";
    }

    @GetMapping("/unit/{code}")
    String unit(@PathVariable String code, Model model) {
        var itinerary = itinerary(model);
        List<Visit> visits = itinerary.map(found -> found.visits().stream()
                .filter(visit -> visit.unitCode().equals(code)).toList()).orElse(List.of());
        model.addAttribute("unitCode", code);
        model.addAttribute("unitVisits", visits);
        Map<String, String> branchNames = new LinkedHashMap<>();
        visits.forEach(visit -> visit.branch().ifPresent(branch -> branchNames.put(branch,
                registry.organizationByCode(branch).map(PartyOrganization::getName).orElse(""))));
        model.addAttribute("branchNames", branchNames);
        return "observation/itinerary-unit";
    }

    private Optional<Itinerary> itinerary(Model model) {
        var campaign = campaigns.current();
        var itinerary = campaign.flatMap(current -> observation.itinerary(current.getYear(), CurrentUser.required()));
        model.addAttribute("campaign", campaign.orElse(null));
        model.addAttribute("itinerary", itinerary.orElse(null));
        Map<String, String> unitNames = registry.unitNames();
        model.addAttribute("unitNames", unitNames);
        Map<LocalDate, List<Timeline.Block>> days = new TreeMap<>();
        itinerary.ifPresent(found -> found.byDay().forEach((day, visits) -> days.put(day,
                Timeline.blocks(visits, unitNames, Set.of(), LocalTime.MIN, MINUTES_PER_DAY))));
        model.addAttribute("days", days);
        model.addAttribute("today", LocalDate.now(clock));
        return itinerary;
    }
}
