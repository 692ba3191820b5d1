package org.xingping.decision.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.DecisionRefused;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.standard.Condition;
import org.xingping.standard.RatingStandard;

/**
 * The committee's decision pages. What each person may do is decided by {@link RatingDecisions};
 * the roles here keep everyone else out of the pages altogether.
 */
@Controller
@RequestMapping("/decision")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
class DecisionController {

    private final RatingDecisions decisions;
    private final CampaignManagement campaigns;
    private final Flash flash;

    DecisionController(RatingDecisions decisions, CampaignManagement campaigns, Flash flash) {
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.flash = flash;
    }

    /** The filters of the board; unknown values are refused rather than silently ignored. */
    record BoardFilter(String unit, Integer group, Integer stars, String show) {

        static final List<String> SHOWS = List.of("ties", "changed", "reopened", "linking");

        Predicate<BoardRow> predicate() {
            Predicate<BoardRow> keep = row -> true;
            if (unit != null && !unit.isBlank()) {
                keep = keep.and(row -> row.unitCode().equals(unit));
            }
            if (group != null) {
                keep = keep.and(row -> row.groups().contains(group));
            }
            if (stars != null) {
                keep = keep.and(row -> row.finalStars() == stars);
            }
            if ("ties".equals(show)) {
                keep = keep.and(BoardRow::quotaTie);
            } else if ("changed".equals(show)) {
                keep = keep.and(row -> row.finalStars() < row.targetLevel());
            } else if ("reopened".equals(show)) {
                keep = keep.and(row -> row.status() == BoardRow.Status.REOPENED);
            } else if ("linking".equals(show)) {
                keep = keep.and(BoardRow::linking);
            }
            return keep;
        }
    }

    @GetMapping
    String board(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                 @RequestParam(required = false) Integer group, @RequestParam(required = false) Integer stars,
                 @RequestParam(required = false) String show, Model model) {
        int campaignYear = year(year);
        CurrentUser user = CurrentUser.required();
        DecisionBoard board = decisions.board(campaignYear, user);
        Map<String, String> units = new TreeMap<>();
        board.rows().forEach(row -> units.put(row.unitCode(), row.unitName()));
        BoardFilter filter = filter(board, unit, group, stars, show);
        model.addAttribute("year", campaignYear);
        model.addAttribute("board", board);
        model.addAttribute("rows", board.rows().stream().filter(filter.predicate()).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("shows", BoardFilter.SHOWS);
        model.addAttribute("units", units);
        model.addAttribute("groups", board.rows().stream().flatMap(row -> row.groups().stream()).distinct()
                .sorted(Comparator.naturalOrder()).toList());
        model.addAttribute("leader", user.role() == Role.COMMITTEE_LEADER);
        model.addAttribute("honourNames", honourNames(board));
        return "decision/board";
    }

    @GetMapping("/branch/{code}")
    String branch(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        int campaignYear = year(year);
        CurrentUser user = CurrentUser.required();
        DecisionBoard board = decisions.board(campaignYear, user);
        model.addAttribute("year", campaignYear);
        model.addAttribute("board", board);
        model.addAttribute("awaiting", board.awaiting().stream().filter(branch -> branch.branchCode().equals(code)).findFirst()
                .orElse(null));
        model.addAttribute("row", board.row(code).orElse(null));
        model.addAttribute("code", code);
        model.addAttribute("facts", decisions.facts(campaignYear, code, user));
        model.addAttribute("settlements", decisions.settlements(campaignYear, code, user));
        model.addAttribute("leader", user.role() == Role.COMMITTEE_LEADER);
        model.addAttribute("honourNames", honourNames(board));
        model.addAttribute("factOptions", factOptions(board.standard()));
        return "decision/branch";
    }

    @PostMapping("/branch/{code}/facts")
    String fact(@PathVariable String code, @RequestParam int year, @RequestParam(required = false) String fact,
                @RequestParam(required = false) String value, @RequestParam(required = false) String reason,
                RedirectAttributes redirect) {
        return act(redirect, branchPath(code, year), () -> decisions.recordFact(year, code, fact, value, reason,
                CurrentUser.required()), "decision.fact.recorded", fact);
    }

    @PostMapping("/branch/{code}/tie")
    String tie(@PathVariable String code, @RequestParam int year, @RequestParam int stars,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(redirect, branchPath(code, year), () -> decisions.settleTie(year, code, stars, reason, CurrentUser.required()),
                "decision.tie.settled", code);
    }

    @PostMapping("/branch/{code}/override")
    String override(@PathVariable String code, @RequestParam int year, @RequestParam int stars,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(redirect, branchPath(code, year), () -> decisions.overrideLevel(year, code, stars, reason,
                CurrentUser.required()), "decision.override.done", code);
    }

    @PostMapping("/branch/{code}/honour")
    String honour(@PathVariable String code, @RequestParam int year, @RequestParam String honour,
                  @RequestParam boolean granted, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(redirect, branchPath(code, year), () -> decisions.decideHonour(year, code, honour, granted, reason,
                CurrentUser.required()), "decision.honour.done", code);
    }

    @PostMapping("/branch/{code}/again")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    String again(@PathVariable String code, @RequestParam int year, RedirectAttributes redirect) {
        return act(redirect, branchPath(code, year), () -> decisions.decideAgain(year, code, CurrentUser.required()),
                "decision.again.done", code);
    }

    @GetMapping("/calibration")
    String calibration(@RequestParam(required = false) Integer year, Model model) {
        int campaignYear = year(year);
        model.addAttribute("year", campaignYear);
        model.addAttribute("board", decisions.board(campaignYear, CurrentUser.required()));
        model.addAttribute("choices", decisions.choices(campaignYear));
        return "decision/calibration";
    }

    @PostMapping("/calibration")
    String choose(@RequestParam int year, @RequestParam boolean adjusted, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(redirect, "/decision/calibration?year=" + year, () -> decisions.chooseTotals(year, adjusted, reason,
                CurrentUser.required()), adjusted ? "decision.choice.adjusted" : "decision.choice.raw");
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    String confirm(@RequestParam int year, RedirectAttributes redirect) {
        return act(redirect, "/decision?year=" + year, () -> decisions.confirm(year, CurrentUser.required()),
                "decision.confirm.done", String.valueOf(year));
    }

    /** Runs one step and comes back to the page with its outcome, a refusal said in Chinese. */
    private String act(RedirectAttributes redirect, String back, Runnable step, String doneKey, Object... arguments) {
        try {
            step.run();
            flash.success(redirect, doneKey, arguments);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:" + back;
    }

    /** What the committee may record about a branch under the standard: flag conditions, vetoes, the appraisal. */
    private static Map<String, String> factOptions(RatingStandard standard) {
        Map<String, String> options = new LinkedHashMap<>();
        standard.conditions().values().stream().filter(condition -> condition instanceof Condition.Flag)
                .forEach(condition -> options.put(condition.code(), condition.code() + " " + condition.name()));
        standard.vetoes().forEach(veto -> options.put(veto.code(), veto.code() + " " + veto.name()));
        if (standard.usesAppraisal()) {
            options.put(RatingStandard.APPRAISAL, RatingStandard.APPRAISAL);
        }
        return options;
    }

    /** The board's filter from the address, refusing a value the board does not know. */
    private static BoardFilter filter(DecisionBoard board, String unit, Integer group, Integer stars, String show) {
        if (stars != null && (stars < 0 || stars > 5)) {
            throw new DecisionRefused("decision.filter.stars", String.valueOf(stars));
        }
        if (show != null && !show.isBlank() && !BoardFilter.SHOWS.contains(show)) {
            throw new DecisionRefused("decision.filter.show", show);
        }
        if (unit != null && !unit.isBlank() && board.rows().stream().noneMatch(row -> row.unitCode().equals(unit))) {
            throw new DecisionRefused("decision.filter.unit", unit);
        }
        return new BoardFilter(unit, group, stars, show);
    }

    /** The board's rows under its current filter, every one of them, as the table shows them. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                @RequestParam(required = false) Integer group, @RequestParam(required = false) Integer stars,
                @RequestParam(required = false) String show, HttpServletResponse response) throws IOException {
        int campaignYear = year(year);
        DecisionBoard board = decisions.board(campaignYear, CurrentUser.required());
        List<BoardRow> rows = board.rows().stream().filter(filter(board, unit, group, stars, show).predicate()).toList();
        Map<String, String> honours = honourNames(board);
        List<String> headers = java.util.stream.Stream.of("rank", "branchCode", "branch", "unit", "groups", "kind",
                "target", "self", "raw", "adjusted", "total", "earned", "final", "reasons", "honours")
                .map(column -> flash.text("export.board." + column)).toList();
        XlsxDownload.send(response, flash.text("export.board.file", String.valueOf(campaignYear)) + ".xlsx",
                flash.text("decision.board.title"), headers, sheet -> rows.forEach(row -> sheet.add(List.of(
                        row.rank(), row.branchCode(), row.branchName(), row.unitName(),
                        row.groups().stream().map(String::valueOf).collect(Collectors.joining("、")),
                        flash.text("declaration.kind." + row.kind().name()), row.targetLevel(),
                        row.selfScore() == null ? "" : row.selfScore(), row.rawTotal(),
                        row.adjustedTotal().map(Object.class::cast).orElse(""), row.total(), row.earnedStars(),
                        row.finalStars(),
                        row.reasons().stream().map(reason -> reason.render(Locale.SIMPLIFIED_CHINESE))
                                .collect(Collectors.joining("；")),
                        row.honours().stream().map(code -> honours.getOrDefault(code, code)).collect(Collectors.joining("、"))))));
    }

    private static Map<String, String> honourNames(DecisionBoard board) {
        Map<String, String> names = new TreeMap<>();
        board.standard().honours().forEach(honour -> names.put(honour.code(), honour.name()));
        return names;
    }

    private static String branchPath(String code, int year) {
        return "/decision/branch/" + code + "?year=" + year;
    }

    private int year(Integer year) {
        if (year != null) {
            return year;
        }
        return campaigns.current().orElseThrow(() -> new DecisionRefused("declaration.noCampaign")).getYear();
    }
}
