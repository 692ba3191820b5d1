package org.xingping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.PlanTable;
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationQuery;
import org.xingping.platform.DataScope;
import org.xingping.platform.Refused;
import org.xingping.platform.table.CsvOutput;
import org.xingping.scoring.GroupReviews;
import org.xingping.standard.library.RatingStandardManagement;

/**
 * A campaign year written out as the files of interfaces.md, so that {@code evaluate} and
 * {@code plan} can be run again on it: the units, organisations (with their levels by year),
 * declarations, observers, the values on the finalised sheets, the committee's facts and the
 * levels by year as tables; the results with the columns of {@code evaluate}'s output; the
 * published plan with the columns of {@code plan}'s; the year's standard and campaign file.
 * It composes modules that do not know each other, so it lives beside the commands.
 */
final class CampaignExport {

    /** What an export wrote: the directory, the files, and the population {@code evaluate} needs. */
    record Written(Path directory, List<String> files, int population, int results) {
    }

    private final ApplicationContext context;

    CampaignExport(ApplicationContext context) {
        this.context = context;
    }

    Written write(int year, Path directory, boolean force) throws IOException {
        CampaignManagement campaigns = context.getBean(CampaignManagement.class);
        Campaign campaign = campaigns.find(year).orElseThrow(() -> new Refused("export.noCampaign", String.valueOf(year)));
        if (Files.isDirectory(directory) && !force) {
            try (Stream<Path> inside = Files.list(directory)) {
                if (inside.findAny().isPresent()) {
                    throw new Refused("export.notEmpty", directory.toString());
                }
            }
        }
        Files.createDirectories(directory);
        OrganizationManagement registry = context.getBean(OrganizationManagement.class);
        DeclarationManagement declarations = context.getBean(DeclarationManagement.class);
        RatingDecisions decisions = context.getBean(RatingDecisions.class);
        List<String> written = new ArrayList<>();

        write(directory, "units.csv", units(registry), written);
        write(directory, "organizations.csv", organizations(registry), written);
        List<DeclarationRow> declared = declarations.rows(campaign.getId(), DeclarationFilter.everything(), DataScope.all());
        write(directory, "declarations.csv", declarations(declared, declarations.claims(campaign.getId())), written);
        write(directory, "observers.csv", observers(context.getBean(ObservationManagement.class)), written);
        write(directory, "scores.csv", scores(context.getBean(GroupReviews.class), year), written);
        DecisionBoard board = decisions.board(year);
        write(directory, "facts.csv", facts(decisions, year), written);
        write(directory, "history.csv", history(registry), written);
        write(directory, "results.csv", results(board), written);
        ObservationManagement observation = context.getBean(ObservationManagement.class);
        observation.plan(year).filter(plan -> plan.published()).ifPresent(plan -> write(directory, "plan.csv",
                PlanTable.csv(observation.groups(year), plan.visits()), written));
        write(directory, "standard.yaml", context.getBean(RatingStandardManagement.class)
                .require(campaign.getStandardId()).source(), written);
        campaign.campaignFile().ifPresent(text -> write(directory, "campaign.yaml", text, written));
        return new Written(directory, written, board.population(), board.rows().size());
    }

    private static String units(OrganizationManagement registry) {
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("code", "name", "category", "site", "latitude", "longitude")));
        registry.allUnits().forEach(unit -> csv.append(CsvOutput.row(List.of(unit.getCode(), unit.getName(),
                text(unit.getCategory()), text(unit.getSite()), number(unit.getLatitude()), number(unit.getLongitude())))));
        return csv.toString();
    }

    /** Every organisation, with a level and a red-flag column for each year any organisation has a level. */
    private static String organizations(OrganizationManagement registry) {
        TreeSet<Integer> years = new TreeSet<>(registry.levelYears());
        List<String> header = new ArrayList<>(List.of("code", "unit_code", "parent_code", "type", "name", "secretary", "members"));
        years.forEach(year -> header.add("level_" + year));
        years.forEach(year -> header.add("red_flag_" + year));
        StringBuilder csv = new StringBuilder(CsvOutput.row(header));
        registry.forEachOrganization(OrganizationQuery.everything(), DataScope.all(), row -> {
            List<String> cells = new ArrayList<>(List.of(row.code(), row.unitCode(), text(row.parentCode()), row.type().label(),
                    row.name(), text(row.secretary()), row.members() == null ? "" : row.members().toString()));
            Map<Integer, OrganizationLevel> byYear = row.levels().stream()
                    .collect(Collectors.toMap(OrganizationLevel::year, level -> level, (first, second) -> second));
            years.forEach(year -> cells.add(byYear.containsKey(year) ? String.valueOf(byYear.get(year).stars()) : ""));
            years.forEach(year -> cells.add(byYear.containsKey(year) ? (byYear.get(year).redFlag() ? "是" : "否") : ""));
            csv.append(CsvOutput.row(cells));
        });
        return csv.toString();
    }

    private static String declarations(List<DeclarationRow> declared, Map<String, Set<String>> claims) {
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("branch_code", "kind", "current_level", "target_level",
                "self_score", "claims")));
        declared.forEach(row -> csv.append(CsvOutput.row(List.of(row.branchCode(), row.kind().label(),
                String.valueOf(row.currentLevel()), String.valueOf(row.targetLevel()), number(row.selfScore()),
                String.join(";", claims.getOrDefault(row.branchCode(), Set.of()))))));
        return csv.toString();
    }

    private static String observers(ObservationManagement observation) {
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("name", "role", "home_unit_code", "may_lead")));
        observation.observers().forEach(stored -> csv.append(CsvOutput.row(List.of(stored.observer().name(),
                stored.observer().role(), text(stored.observer().homeUnitCode()), stored.observer().mayLead() ? "是" : "否"))));
        return csv.toString();
    }

    private static String scores(GroupReviews reviews, int year) {
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("branch_code", "scorer", "item_code", "value")));
        reviews.enteredValues(year).forEach(value -> csv.append(CsvOutput.row(List.of(value.branchCode(), value.scorer(),
                value.itemCode(), value.value()))));
        return csv.toString();
    }

    /** The record that counts of every fact the committee recorded. */
    private static String facts(RatingDecisions decisions, int year) {
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("branch_code", "fact", "value")));
        decisions.currentFacts(year).forEach(fact -> csv.append(CsvOutput.row(List.of(fact.branchCode(), fact.fact(),
                fact.value()))));
        return csv.toString();
    }

    private static String history(OrganizationManagement registry) {
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("branch_code", "year", "stars")));
        new TreeMap<>(registry.levelsByBranch()).forEach((branch, years) -> new TreeMap<>(years)
                .forEach((year, stars) -> csv.append(CsvOutput.row(List.of(branch, String.valueOf(year), String.valueOf(stars))))));
        return csv.toString();
    }

    /**
     * The results as decided, with the columns of {@code evaluate}'s output: the parts as observed,
     * the total and level that count, the engine's reasons, whether the branch was tied at a
     * quota's cut line, and the honours decided.
     */
    private static String results(DecisionBoard board) {
        int scale = board.standard().rounding().scale();
        StringBuilder csv = new StringBuilder(CsvOutput.row(List.of("branch_code", "base", "bonus", "deduction", "total",
                "earned_stars", "final_stars", "quota_tie", "honours", "reasons")));
        board.rows().stream().sorted((a, b) -> a.branchCode().compareTo(b.branchCode())).forEach(row -> csv.append(
                CsvOutput.row(List.of(row.branchCode(), decimal(row.parts().base(), scale), decimal(row.parts().bonus(), scale),
                        decimal(row.parts().deduction(), scale), row.total().setScale(scale, RoundingMode.HALF_UP)
                                .toPlainString(),
                        String.valueOf(row.earnedStars()), String.valueOf(row.finalStars()), row.quotaTie() ? "是" : "否",
                        String.join(";", row.honours()), row.reasons().stream()
                                .map(reason -> reason.render(Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("；"))))));
        return csv.toString();
    }

    /** A part sum as exact as it is, with at least the total's decimal places, as {@code evaluate} writes it. */
    private static String decimal(BigDecimal value, int scale) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(scale, stripped.scale())).toPlainString();
    }

    /** Tables as the commands write theirs (UTF-8 with a byte-order mark, for Excel); the YAML files as they were. */
    private static void write(Path directory, String name, String text, List<String> written) {
        if (name.endsWith(".csv")) {
            CsvOutput.writeWithBom(directory.resolve(name), text);
        } else {
            try {
                Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        written.add(name);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
