package org.xingping.reporting.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.RefusedPages;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.reporting.statistics.Chart;
import org.xingping.reporting.statistics.Dashboard;
import org.xingping.reporting.statistics.DrillDown;
import org.xingping.reporting.statistics.Selection;
import org.xingping.reporting.statistics.Statistics;
import org.xingping.reporting.statistics.StatisticsFilter;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics page (one chart per dashboard, each with a table of links under it), a
 * dashboard's figures as JSON for the home pages, and the list behind any figure with its export.
 * Filters outside the data or the caller's scope answer 400 with the reason.
 */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER', 'UNIT_COMMITTEE', 'BRANCH_SECRETARY')")
class StatisticsController {

    static final Set<Role> ROLES = Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER, Role.UNIT_COMMITTEE,
            Role.BRANCH_SECRETARY);
    static final int SHOWN = 1_000;
    static final List<String> SCRIPTS = List.of("/webjars/echarts/dist/echarts.min.js", "/assets/js/statistics.js");

    private final Statistics statistics;
    private final OrganizationManagement registry;
    private final JsonMapper json;
    private final Flash flash;

    StatisticsController(Statistics statistics, OrganizationManagement registry, JsonMapper json, Flash flash) {
        this.statistics = statistics;
        this.registry = registry;
        this.json = json;
        this.flash = flash;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String category,
            @RequestParam(required = false) String unit, Model model) {
        Selection selection = select(year, category, unit);
        model.addAttribute("selection", selection);
        model.addAttribute("years", statistics.years().stream().map(String::valueOf).toList());
        model.addAttribute("year", String.valueOf(selection.year()));
        model.addAttribute("categories", selection.committee() ? registry.categories() : List.of());
        model.addAttribute("charts", statistics.dashboards(selection).stream()
                .map(dashboard -> view(dashboard, statistics.chart(dashboard, selection), selection)).toList());
        model.addAttribute("pageScripts", SCRIPTS);
        return "reporting/statistics";
    }

    /** A dashboard's figures as a chart drawn elsewhere (the home pages) reads them. */
    record ChartData(Chart chart, String listBase) {
    }

    @GetMapping("/data/{dashboard}")
    @ResponseBody
    ChartData data(@PathVariable String dashboard, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category, @RequestParam(required = false) String unit) {
        Selection selection = select(year, category, unit);
        Dashboard which = Dashboard.of(dashboard);
        return new ChartData(statistics.chart(which, selection), "/statistics/" + which.path() + "/list?" + selection.query());
    }

    /** An observer's own group's visits, for the observer's home page: no statistics page, no lists behind. */
    @GetMapping("/data/visits")
    @ResponseBody
    @PreAuthorize("hasAnyRole('GROUP_LEADER', 'OBSERVER')")
    ResponseEntity<ChartData> visits() {
        return statistics.visits(CurrentUser.required()).map(chart -> ResponseEntity.ok(new ChartData(chart, null)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/{dashboard}/list")
    String list(@PathVariable String dashboard, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String key, Model model) {
        Selection selection = select(year, category, unit);
        DrillDown list = statistics.list(Dashboard.of(dashboard), selection, key);
        model.addAttribute("list", list);
        // A province's list can hold tens of thousands of branches: the page shows the first, the export all.
        model.addAttribute("rows", list.rows().subList(0, Math.min(SHOWN, list.rows().size())));
        model.addAttribute("year", String.valueOf(selection.year()));
        model.addAttribute("back", "/statistics?" + selection.query());
        model.addAttribute("export", "/statistics/" + dashboard + "/export?" + selection.query() + "&key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
        return "reporting/statistics-list";
    }

    @GetMapping("/{dashboard}/export")
    void export(@PathVariable String dashboard, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String key, HttpServletResponse response) throws IOException {
        Selection selection = select(year, category, unit);
        DrillDown list = statistics.list(Dashboard.of(dashboard), selection, key);
        XlsxDownload.send(response, flash.text("statistics.exportFile", String.valueOf(selection.year())) + ".xlsx",
                flash.text("menu.statistics"), list.headers(), sheet -> list.rows().forEach(sheet::add));
    }

    /** A refused filter is the request's fault: 400 with the reason, on the error page. */
    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused refused) {
        return RefusedPages.page(flash, refused, HttpStatus.BAD_REQUEST);
    }

    private Selection select(Integer year, String category, String unit) {
        return statistics.select(new StatisticsFilter(year, category, unit), CurrentUser.required().scope());
    }

    private ChartView view(Dashboard dashboard, Chart chart, Selection selection) {
        return new ChartView(flash.text(chart.dashboard() == Dashboard.UNITS && !selection.committee()
                ? "statistics.dashboard.branches" : dashboard.messageKey()), chart, json.writeValueAsString(chart),
                "/statistics/" + dashboard.path() + "/list?" + selection.query());
    }
}
