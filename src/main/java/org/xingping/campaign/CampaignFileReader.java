package org.xingping.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xingping.platform.yaml.YamlDocument;
import org.xingping.platform.yaml.YamlMap;
import org.xingping.platform.yaml.YamlNode;
import org.xingping.platform.yaml.YamlProblems;

/**
 * Reads a campaign file ({@code xingping-campaign/1}) into a {@link CampaignFile}, or refuses it
 * whole with every problem named by its path: no days, a day twice, hours that overlap or end
 * before they start, negative minutes, a star level outside 1–5, a key the format does not know.
 * The YAML is walked as plain nodes, never bound to classes.
 */
public final class CampaignFileReader {

    private static final List<String> TOP_KEYS = List.of("format", "name", "year", "standard", "days", "hours",
            "groups", "members_per_group", "visit", "travel", "rules");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final PlanRules DEFAULT_RULES = new PlanRules(true, true, 0);

    private final Collected problems = new Collected();

    private CampaignFileReader() {
    }

    /**
     * Reads a campaign from the bytes of its file, which must be UTF-8.
     *
     * @throws CampaignFileRefused with every problem when the file breaks any rule
     */
    public static CampaignFile read(byte[] bytes) {
        Collected encoding = new Collected();
        Optional<String> text = YamlDocument.utf8(bytes, encoding);
        encoding.throwIfAny();
        return read(text.orElseThrow());
    }

    /**
     * Reads a campaign from its text.
     *
     * @throws CampaignFileRefused with every problem when the text breaks any rule
     */
    public static CampaignFile read(String text) {
        CampaignFileReader reader = new CampaignFileReader();
        Optional<YamlNode> root = YamlDocument.root(text, reader.problems);
        reader.problems.throwIfAny();
        CampaignFile campaign = root.orElseThrow().asMap().map(top -> reader.campaign(text, top)).orElse(null);
        reader.problems.throwIfAny();
        return campaign;
    }

    private CampaignFile campaign(String text, YamlMap top) {
        top.allowOnly(TOP_KEYS);
        top.required("format", YamlNode::asText).filter(format -> !CampaignFile.FORMAT.equals(format))
                .ifPresent(format -> problems.add(top.optional("format").orElseThrow(),
                        "应为 " + CampaignFile.FORMAT + "，而不是“" + format + "”"));
        Optional<String> name = top.required("name", YamlNode::asText);
        Optional<Integer> year = top.required("year", node -> node.asInteger(2000, 2100));
        Optional<String> standard = top.required("standard", YamlNode::asText);
        List<LocalDate> days = top.required("days").map(this::days).orElse(List.of());
        List<VisitingHours> hours = top.required("hours").map(this::hours).orElse(List.of());
        Optional<Integer> groups = top.required("groups", node -> node.asInteger(1, 1000));
        Optional<Integer> members = top.required("members_per_group", node -> node.asInteger(1, 100));
        Optional<VisitMinutes> visit = top.required("visit", YamlNode::asMap).flatMap(this::visit);
        Optional<TravelRule> travel = top.required("travel", YamlNode::asMap).flatMap(this::travel);
        Optional<PlanRules> rules = top.optional("rules", YamlNode::asMap).map(this::rules);
        if (problems.any() || days.isEmpty() || hours.isEmpty()) {
            return null;
        }
        return new CampaignFile(text, name.orElseThrow(), year.orElseThrow(), standard.orElseThrow(), days, hours,
                groups.orElseThrow(), members.orElseThrow(), visit.orElseThrow(), travel.orElseThrow(),
                rules.orElse(DEFAULT_RULES));
    }

    /** The visiting days, each a date once; sorted, since the plan counts them in order. */
    private List<LocalDate> days(YamlNode node) {
        List<YamlNode> elements = node.asList().orElse(null);
        if (elements == null) {
            return List.of();
        }
        if (elements.isEmpty()) {
            problems.add(node, "至少要有一个观摩日期");
            return List.of();
        }
        Map<LocalDate, YamlNode> seen = new HashMap<>();
        List<LocalDate> days = new ArrayList<>();
        for (YamlNode element : elements) {
            Optional<LocalDate> day = element.asText().flatMap(text -> date(element, text));
            if (day.isEmpty()) {
                continue;
            }
            YamlNode earlier = seen.putIfAbsent(day.get(), element);
            if (earlier != null) {
                problems.add(element, "与 " + earlier.path() + " 重复（" + day.get() + "）");
            } else {
                days.add(day.get());
            }
        }
        days.sort(Comparator.naturalOrder());
        return days;
    }

    private Optional<LocalDate> date(YamlNode node, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(node, "应为日期，如 2021-11-23，而不是“" + text + "”");
            return Optional.empty();
        }
    }

    /** The daily windows, each ending after it starts and none overlapping another; sorted by start. */
    private List<VisitingHours> hours(YamlNode node) {
        List<YamlNode> elements = node.asList().orElse(null);
        if (elements == null) {
            return List.of();
        }
        if (elements.isEmpty()) {
            problems.add(node, "至少要有一个观摩时段");
            return List.of();
        }
        List<VisitingHours> hours = new ArrayList<>();
        List<YamlNode> nodes = new ArrayList<>();
        boolean allRead = true;
        for (YamlNode element : elements) {
            Optional<VisitingHours> window = element.asMap().flatMap(this::window);
            if (window.isEmpty()) {
                allRead = false;
                continue;
            }
            for (int i = 0; i < hours.size(); i++) {
                if (hours.get(i).overlaps(window.get())) {
                    problems.add(element, "与 " + nodes.get(i).path() + " 重叠（" + hours.get(i) + " 与 " + window.get() + "）");
                }
            }
            hours.add(window.get());
            nodes.add(element);
        }
        if (!allRead) {
            return List.of();
        }
        hours.sort(Comparator.comparing(VisitingHours::from));
        return hours;
    }

    private Optional<VisitingHours> window(YamlMap map) {
        map.allowOnly(List.of("from", "to"));
        Optional<LocalTime> from = map.required("from").flatMap(this::clock);
        Optional<LocalTime> to = map.required("to").flatMap(this::clock);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!from.get().isBefore(to.get())) {
            problems.add(map.self(), "结束时间 " + to.get() + " 应晚于开始时间 " + from.get());
            return Optional.empty();
        }
        return Optional.of(new VisitingHours(from.get(), to.get()));
    }

    /** A time of day written HH:MM; quoted or not, the text is read as written. */
    private Optional<LocalTime> clock(YamlNode node) {
        Optional<String> text = node.asText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = CLOCK.matcher(text.get());
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            if (hour < 24 && minute < 60) {
                return Optional.of(LocalTime.of(hour, minute));
            }
        }
        problems.add(node, "应为时刻 HH:MM，如 \"08:30\"，而不是“" + text.get() + "”");
        return Optional.empty();
    }

    private Optional<VisitMinutes> visit(YamlMap map) {
        map.allowOnly(List.of("unit_briefing_minutes", "branch_minutes"));
        Optional<Integer> briefing = map.required("unit_briefing_minutes", node -> minutes(node, 0));
        Optional<Map<Integer, Integer>> branches = map.required("branch_minutes", YamlNode::asMap).flatMap(this::branchMinutes);
        if (briefing.isEmpty() || branches.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VisitMinutes(briefing.get(), branches.get()));
    }

    /** {@code {5: 8, 4: 6}}: a star level from 1 to 5 and the minutes of one branch declaring it. */
    private Optional<Map<Integer, Integer>> branchMinutes(YamlMap map) {
        Map<Integer, Integer> minutes = new TreeMap<>();
        boolean allRead = true;
        for (String key : map.keys()) {
            YamlNode value = map.optional(key).orElse(null);
            Optional<Integer> level = starLevel(key);
            if (level.isEmpty()) {
                problems.add(map.self().child(key), map.self().line(), "星级应为 1 到 5 之间的整数，而不是“" + key + "”");
                allRead = false;
                continue;
            }
            if (value == null) {
                problems.add(map.self().child(key), map.self().line(), "缺少观摩分钟数");
                allRead = false;
                continue;
            }
            Optional<Integer> perBranch = minutes(value, 1);
            perBranch.ifPresent(figure -> minutes.put(level.get(), figure));
            allRead &= perBranch.isPresent();
        }
        if (allRead && minutes.isEmpty()) {
            problems.add(map.self(), "至少要给出一个星级的支部观摩分钟数");
            return Optional.empty();
        }
        return allRead ? Optional.of(minutes) : Optional.empty();
    }

    private static Optional<Integer> starLevel(String key) {
        return key.strip().matches("[1-5]") ? Optional.of(Integer.parseInt(key.strip())) : Optional.empty();
    }

    private Optional<TravelRule> travel(YamlMap map) {
        map.allowOnly(List.of("speed_kmh", "detour_factor", "same_site_minutes"));
        Optional<BigDecimal> speed = map.required("speed_kmh", YamlNode::asNumber)
                .filter(value -> positive(map, "speed_kmh", value));
        Optional<BigDecimal> detour = map.required("detour_factor", YamlNode::asNumber)
                .filter(value -> atLeastOne(map, value));
        Optional<Integer> sameSite = map.required("same_site_minutes", node -> minutes(node, 0));
        if (speed.isEmpty() || detour.isEmpty() || sameSite.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TravelRule(speed.get(), detour.get(), sameSite.get()));
    }

    private boolean positive(YamlMap map, String key, BigDecimal value) {
        if (value.signum() > 0) {
            return true;
        }
        problems.add(map.optional(key).orElseThrow(), "应大于 0，而不是 " + value.toPlainString());
        return false;
    }

    /** Roads are never shorter than the straight line. */
    private boolean atLeastOne(YamlMap map, BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) >= 0) {
            return true;
        }
        problems.add(map.optional("detour_factor").orElseThrow(), "绕行系数不能小于 1（道路不会比直线短），而不是 " + value.toPlainString());
        return false;
    }

    private PlanRules rules(YamlMap map) {
        map.allowOnly(List.of("unit_in_one_block", "no_own_unit", "linking_branches_per_group"));
        boolean oneBlock = map.optional("unit_in_one_block", YamlNode::asBoolean).orElse(DEFAULT_RULES.unitInOneBlock());
        boolean noOwnUnit = map.optional("no_own_unit", YamlNode::asBoolean).orElse(DEFAULT_RULES.noOwnUnit());
        int linking = map.optional("linking_branches_per_group", node -> node.asInteger(0, 100))
                .orElse(DEFAULT_RULES.linkingBranchesPerGroup());
        return new PlanRules(oneBlock, noOwnUnit, linking);
    }

    /** A whole number of minutes, at least {@code least} and at most a day; a negative one is named as such. */
    private Optional<Integer> minutes(YamlNode node, int least) {
        Optional<Integer> value = node.asInteger();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() < 0) {
            problems.add(node, "不能为负数（" + value.get() + "）");
            return Optional.empty();
        }
        if (value.get() < least) {
            problems.add(node, "应至少为 " + least + "，而不是 " + value.get());
            return Optional.empty();
        }
        if (value.get() > 24 * 60) {
            problems.add(node, "不应超过一天的 1440 分钟，而不是 " + value.get());
            return Optional.empty();
        }
        return value;
    }

    /** The problems of one file, in the order of its lines. */
    private static final class Collected implements YamlProblems {

        private final List<CampaignFileProblem> found = new ArrayList<>();

        @Override
        public void add(String path, int line, String reason) {
            found.add(new CampaignFileProblem(path, line, reason));
        }

        boolean any() {
            return !found.isEmpty();
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                List<CampaignFileProblem> ordered = new ArrayList<>(found);
                ordered.sort(Comparator.comparingInt(CampaignFileProblem::line));
                throw new CampaignFileRefused(ordered);
            }
        }
    }
}
