package org.xingping.observation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignFileReader;
import org.xingping.campaign.CampaignFileRefused;
import org.xingping.campaign.CampaignManagement;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.PlanningJobs;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/**
 * The committee prepares the current campaign's observation: the observers, the groups, the
 * recusals, the plan (solver runs with live progress, hand pins, publication), its export and its
 * map. The committee's leaders read everything; its staff change it.
 */
@Controller
@RequestMapping("/observation")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
class ObservationController {

    static final String EDITORS = "hasRole('COMMITTEE_ADMINISTRATOR')";
    /** A planning run from the page stops when the plan stops improving, and after five minutes at most. */
    static final Duration RUN_LIMIT = Duration.ofMinutes(5);
    /** The id of the page element that polls a run's progress. */
    static final String PROGRESS_ELEMENT = "plan-progress";

    private final ObservationManagement observation;
    private final PlanningJobs jobs;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;
    private final ItinerarySheet sheet;
    private final Flash flash;

    ObservationController(ObservationManagement observation, PlanningJobs jobs, CampaignManagement campaigns,
            OrganizationManagement registry, ItinerarySheet sheet, Flash flash) {
        this.observation = observation;
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.registry = registry;
        this.sheet = sheet;
        this.flash = flash;
    }

    @GetMapping
    String page(Model model) {
        Campaign campaign = current();
        int year = campaign.getYear();
        model.addAttribute("campaign", campaign);
        model.addAttribute("observers", observation.observers());
        model.addAttribute("groups", observation.groups(year));
        model.addAttribute("recusals", observation.recusals(year));
        var plan = observation.plan(year);
        Map<String, String> unitNames = registry.unitNames();
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("timeline", plan.map(found -> Timeline.of(found, observation.campaignFile(year),
                unitNames)).orElse(null));
        model.addAttribute("job", jobs.status(year));
        model.addAttribute("hasCampaignFile", campaign.campaignFile().isPresent());
        model.addAttribute("planDays", campaign.campaignFile().isPresent() ? observation.campaignFile(year).days()
                : List.of());
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("canPlan", canEdit() && plan.map(found -> !found.published()).orElse(true));
        return "observation/observation";
    }

    @PostMapping("/observers")
    @PreAuthorize(EDITORS)
    String importObservers(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            int count = observation.importObservers(file.getOriginalFilename(), in);
            flash.success(redirect, "observation.observersImported", count);
        } catch (TableRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems().stream().map(TableProblem::describe).toList());
        }
        return "redirect:/observation";
    }

    @PostMapping("/campaign-file")
    @PreAuthorize(EDITORS)
    String campaignFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            CampaignFileReader.read(text);
            campaigns.attachCampaignFile(current().getYear(), text);
            flash.success(redirect, "observation.campaignFileLoaded");
        } catch (CampaignFileRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems().stream().map(problem -> problem.describe()).toList());
        }
        return "redirect:/observation";
    }

    @PostMapping("/groups/form")
    @PreAuthorize(EDITORS)
    String formGroups(RedirectAttributes redirect) {
        try {
            var formed = observation.formGroups(current().getYear());
            flash.success(redirect, "observation.groupsFormed", formed.groups().size(), formed.leftOut().size());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/observation#groups";
    }

    @PostMapping("/groups")
    @PreAuthorize(EDITORS)
    String changeGroup(@RequestParam int number, @RequestParam String leader,
            @RequestParam(name = "members", required = false) List<String> members, RedirectAttributes redirect) {
        try {
            observation.changeGroup(current().getYear(), number, leader, members == null ? List.of() : members);
            flash.success(redirect, "observation.groupChanged", number);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/observation#groups";
    }

    @PostMapping("/recusals")
    @PreAuthorize(EDITORS)
    String recordRecusal(@RequestParam String observer, @RequestParam String unit,
            @RequestParam(required = false) String branch, @RequestParam String reason, RedirectAttributes redirect) {
        try {
            observation.recordRecusal(current().getYear(), observer, unit, branch, reason);
            flash.success(redirect, "observation.recusalRecorded", observer, unit);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/observation#recusals";
    }

    @PostMapping("/recusals/delete")
    @PreAuthorize(EDITORS)
    String removeRecusal(@RequestParam String observer, @RequestParam String unit, RedirectAttributes redirect) {
        observation.removeRecusal(current().getYear(), observer, unit);
        flash.success(redirect, "observation.recusalRemoved", observer, unit);
        return "redirect:/observation#recusals";
    }

    @PostMapping("/plan")
    @PreAuthorize(EDITORS)
    String plan(Model model) {
        try {
            jobs.start(current().getYear(), RUN_LIMIT);
        } catch (Refused refused) {
            model.addAttribute("planError", flash.text(refused.messageKey(), refused.arguments()));
        }
        return progress(model, jobs.status(current().getYear()));
    }

    /** The run's progress, polled by the page every second while it runs (htmx). */
    @GetMapping("/plan/progress")
    String progress(Model model, @RequestHeader(name = "HX-Trigger", required = false) String trigger,
            HttpServletResponse response) {
        PlanningJobs.Status status = jobs.status(current().getYear());
        if (PROGRESS_ELEMENT.equals(trigger) && !status.running() && status.outcome().isPresent()) {
            // The poll that sees the run finish reloads the page, which then shows the new draft.
            response.setHeader("HX-Refresh", "true");
        }
        return progress(model, status);
    }

    private String progress(Model model, PlanningJobs.Status status) {
        model.addAttribute("job", status);
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("canPlan", canEdit() && observation.plan(current().getYear()).map(plan -> !plan.published())
                .orElse(true));
        return "observation/observation :: progress";
    }

    @PostMapping("/plan/stop")
    @PreAuthorize(EDITORS)
    String stop(Model model) {
        jobs.stop(current().getYear());
        return progress(model, jobs.status(current().getYear()));
    }

    /** A plan file (the plan command's CSV, or an export kept from before) becomes the draft. */
    @PostMapping("/plan/import")
    @PreAuthorize(EDITORS)
    String importPlan(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            StoredPlan plan = observation.importPlan(current().getYear(), file.getOriginalFilename(), in);
            flash.success(redirect, plan.feasible() ? "observation.planImported" : "observation.planImportedBroken",
                    plan.visits().size(), plan.brokenRules().size());
        } catch (TableRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems().stream().map(TableProblem::describe).toList());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/observation#plan";
    }

    @PostMapping("/plan/pin")
    @PreAuthorize(EDITORS)
    String pin(@RequestParam String unit, @RequestParam int group,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam String start,
            RedirectAttributes redirect) {
        try {
            StoredPlan plan = observation.pin(current().getYear(), unit.strip(), group, day, LocalTime.parse(start));
            flash.success(redirect, plan.feasible() ? "observation.pinned" : "observation.pinnedBroken", unit,
                    plan.brokenRules().size());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        } catch (DateTimeParseException wrongTime) {
            flash.error(redirect, "observation.timeInvalid", start);
        }
        return "redirect:/observation#plan";
    }

    @PostMapping("/plan/publish")
    @PreAuthorize(EDITORS)
    String publish(RedirectAttributes redirect) {
        try {
            observation.publish(current().getYear());
            flash.success(redirect, "observation.published");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/observation#plan";
    }

    /** The whole plan as XLSX, in the columns of the plan command's CSV. */
    @GetMapping("/plan.xlsx")
    void export(HttpServletResponse response) throws IOException {
        int year = current().getYear();
        StoredPlan plan = observation.plan(year).orElseThrow(() -> new Refused("observation.noPlan", String.valueOf(year)));
        Map<Integer, String> people = new TreeMap<>();
        observation.groups(year).forEach(group -> people.put(group.number(), String.join(";",
                group.everyone().stream().map(observer -> observer.name()).toList())));
        XlsxDownload.send(response, flash.text("observation.exportFile", String.valueOf(year)) + ".xlsx", flash.text("menu.observation"),
                List.of("group", "observer_names", "date", "start", "end", "unit_code", "branch_code", "linking"),
                rows -> plan.visits().forEach(visit -> rows.add(List.of(visit.group(),
                        people.getOrDefault(visit.group(), ""), visit.date().toString(), visit.start().toString(),
                        visit.end().toString(), visit.unitCode(), visit.branchCode() == null ? "" : visit.branchCode(),
                        visit.linking() ? "是" : "否"))));
    }

    /** The observers as the page lists them: name, role, home unit, whether they may lead, account. */
    @GetMapping("/observers/export")
    void exportObservers(HttpServletResponse response) throws IOException {
        Map<String, String> unitNames = registry.unitNames();
        var observers = observation.observers();
        XlsxDownload.send(response, flash.text("export.observers.file") + ".xlsx", flash.text("observation.observers"),
                List.of(flash.text("observation.name"), flash.text("observation.role"), flash.text("observation.homeUnit"),
                        flash.text("observation.mayLead"), flash.text("observation.account")),
                rows -> observers.forEach(stored -> rows.add(java.util.Arrays.asList(stored.observer().name(),
                        stored.observer().role(), stored.observer().homeUnitCode() == null ? ""
                                : stored.observer().homeUnitCode() + " " + unitNames.getOrDefault(stored.observer().homeUnitCode(), ""),
                        stored.observer().mayLead() ? flash.text("observation.yes") : "", stored.username()))));
    }

    /** The year's groups, one row per person: group, leader or member, name, role. */
    @GetMapping("/groups/export")
    void exportGroups(HttpServletResponse response) throws IOException {
        int year = current().getYear();
        var groups = observation.groups(year);
        XlsxDownload.send(response, flash.text("export.groups.file", String.valueOf(year)) + ".xlsx",
                flash.text("observation.groups"),
                List.of(flash.text("export.groups.group"), flash.text("export.groups.duty"), flash.text("observation.name"),
                        flash.text("observation.role")),
                rows -> groups.forEach(group -> group.everyone().forEach(person -> rows.add(List.of(group.label(),
                        flash.text(person.equals(group.leader()) ? "observation.leader" : "export.groups.member"),
                        person.name(), person.role() == null ? "" : person.role())))));
    }

    /** The year's recusals as the page lists them. */
    @GetMapping("/recusals/export")
    void exportRecusals(HttpServletResponse response) throws IOException {
        int year = current().getYear();
        Map<String, String> unitNames = registry.unitNames();
        var recusals = observation.recusals(year);
        XlsxDownload.send(response, flash.text("export.recusals.file", String.valueOf(year)) + ".xlsx",
                flash.text("observation.recusals"),
                List.of(flash.text("observation.name"), flash.text("observation.unit"), flash.text("observation.branch"),
                        flash.text("observation.reason")),
                rows -> recusals.forEach(recusal -> rows.add(java.util.Arrays.asList(recusal.observerName(),
                        recusal.unitCode() + " " + unitNames.getOrDefault(recusal.unitCode(), ""), recusal.branchCode(),
                        recusal.reason()))));
    }

    /** A group's printable itinerary, with a code per unit that opens its branches on a phone. */
    @GetMapping("/itinerary-{group}.pdf")
    void itinerary(@PathVariable int group, HttpServletResponse response,
            HttpServletRequest request) throws IOException {
        int year = current().getYear();
        StoredPlan plan = observation.plan(year).orElseThrow(() -> new Refused("observation.noPlan", String.valueOf(year)));
        ObservationGroup chosen = observation.groups(year).stream().filter(candidate -> candidate.number() == group)
                .findFirst().orElseThrow(() -> new Refused("observation.noGroup", group));
        response.setContentType("application/pdf");
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        sheet.write(current(), chosen, plan.visits().stream().filter(visit -> visit.group() == group).toList(),
                base, response.getOutputStream());
    }

    /** The units and each group's route per day, for the map (ECharts). */
    @GetMapping("/map.json")
    @ResponseBody
    Map<String, Object> map() {
        int year = current().getYear();
        Map<String, double[]> where = new LinkedHashMap<>();
        registry.allUnits().forEach(unit -> where.put(unit.getCode(), new double[] {unit.getLongitude().doubleValue(),
                unit.getLatitude().doubleValue()}));
        List<Map<String, Object>> units = new ArrayList<>();
        List<Map<String, Object>> routes = new ArrayList<>();
        observation.plan(year).ifPresent(plan -> {
            Map<String, List<double[]>> byGroupDay = new LinkedHashMap<>();
            plan.visits().stream().filter(Visit::isBriefing).forEach(visit -> {
                double[] point = where.get(visit.unitCode());
                units.add(Map.of("code", visit.unitCode(), "group", visit.group(), "value", point));
                byGroupDay.computeIfAbsent(visit.group() + " " + visit.date(), key -> new ArrayList<>()).add(point);
            });
            byGroupDay.forEach((key, points) -> routes.add(Map.of("name", key,
                    "group", Integer.parseInt(key.substring(0, key.indexOf(' '))), "coords", points)));
        });
        return Map.of("units", units, "routes", routes);
    }

    @GetMapping("/map")
    String mapPage(Model model) {
        model.addAttribute("campaign", current());
        model.addAttribute("pageScripts", List.of("/webjars/echarts/dist/echarts.min.js", "/assets/js/plan-map.js"));
        return "observation/map";
    }

    private static boolean canEdit() {
        return CurrentUser.get().map(user -> user.hasRole(Role.COMMITTEE_ADMINISTRATOR)).orElse(false);
    }

    private Campaign current() {
        return campaigns.current().orElseThrow(() -> new Refused("declaration.noCampaign"));
    }

}
