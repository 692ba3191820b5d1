package org.xingping.observation.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.VisitingHours;
import org.xingping.observation.PinnedVisit;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;

/**
 * A plan as the page draws it: per group and day, the units' blocks (a briefing and the branches
 * seen after it, or a linking visit) placed on a bar from the day's first hour to its last, with
 * the breaks shaded. The page needs no script to show it.
 */
record Timeline(LocalTime from, LocalTime to, List<Span> breaks, List<GroupRow> groups) {

    /** A stretch of the day bar, as CSS percentages of the day. */
    record Span(double left, double width) {

        public String style() {
            return String.format(Locale.ROOT, "left:%.3f%%;width:%.3f%%", left, width);
        }
    }

    record GroupRow(int group, List<DayRow> days, int visitMinutes) {
    }

    record DayRow(LocalDate date, List<Block> blocks, LocalTime finish) {
    }

    /** One unit's contiguous visits of a group on a day. */
    record Block(String unitCode, String unitName, LocalTime start, LocalTime end, int branches,
                 String linkingBranch, boolean pinned, Span span) {

        public boolean linking() {
            return linkingBranch != null;
        }

        public String title() {
            return unitCode + " " + unitName + " " + start + "–" + end;
        }
    }

    static Timeline of(StoredPlan plan, CampaignFile file, Map<String, String> unitNames) {
        LocalTime from = file.hours().get(0).from();
        LocalTime to = file.hours().get(file.hours().size() - 1).to();
        double dayMinutes = Duration.between(from, to).toMinutes();
        List<Span> breaks = new ArrayList<>();
        for (int i = 1; i < file.hours().size(); i++) {
            VisitingHours before = file.hours().get(i - 1);
            breaks.add(span(from, before.to(), file.hours().get(i).from(), dayMinutes));
        }
        Set<String> pinned = plan.pins().stream().map(PinnedVisit::unitCode).collect(Collectors.toSet());
        Map<Integer, Map<LocalDate, List<Visit>>> byGroupDay = new TreeMap<>();
        plan.visits().forEach(visit -> byGroupDay.computeIfAbsent(visit.group(), group -> new TreeMap<>())
                .computeIfAbsent(visit.date(), day -> new ArrayList<>()).add(visit));
        List<GroupRow> groups = new ArrayList<>();
        byGroupDay.forEach((group, days) -> {
            List<DayRow> rows = new ArrayList<>();
            int minutes = 0;
            for (var day : days.entrySet()) {
                List<Visit> visits = new ArrayList<>(day.getValue());
                visits.sort(Comparator.comparing(Visit::start));
                List<Block> blocks = blocks(visits, unitNames, pinned, from, dayMinutes);
                minutes += visits.stream().mapToInt(Visit::minutes).sum();
                rows.add(new DayRow(day.getKey(), blocks, visits.get(visits.size() - 1).end()));
            }
            groups.add(new GroupRow(group, rows, minutes));
        });
        return new Timeline(from, to, breaks, groups);
    }

    /** A day's visits, in order, as blocks: a unit's contiguous visits together, a linking visit alone. */
    static List<Block> blocks(List<Visit> visits, Map<String, String> unitNames, Set<String> pinned,
            LocalTime dayStart, double dayMinutes) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < visits.size()) {
            Visit first = visits.get(i);
            int j = i + 1;
            while (j < visits.size() && !first.linking() && !visits.get(j).linking()
                    && visits.get(j).unitCode().equals(first.unitCode())) {
                j++;
            }
            List<Visit> run = visits.subList(i, j);
            LocalTime end = run.get(run.size() - 1).end();
            int branches = (int) run.stream().filter(visit -> !visit.isBriefing()).count();
            blocks.add(new Block(first.unitCode(), unitNames.getOrDefault(first.unitCode(), ""), first.start(), end,
                    branches, first.linking() ? first.branchCode() : null,
                    !first.linking() && pinned.contains(first.unitCode()),
                    span(dayStart, first.start(), end, dayMinutes)));
            i = j;
        }
        return blocks;
    }

    private static Span span(LocalTime dayStart, LocalTime start, LocalTime end, double dayMinutes) {
        double left = Duration.between(dayStart, start).toMinutes() * 100 / dayMinutes;
        double width = Duration.between(start, end).toMinutes() * 100 / dayMinutes;
        return new Span(Math.max(0, left), Math.max(0.2, width));
    }
}
