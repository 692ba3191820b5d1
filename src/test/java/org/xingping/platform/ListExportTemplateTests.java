package org.xingping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Every list exports as XLSX": a template that renders a table of records must offer an export
 * link (the kit's export button, a link to an {@code …/export} or {@code .xlsx} address, or a link
 * whose id starts with {@code export-} for an address the controller builds) on the
 * same page. Tables that are not record lists are named below, each with why.
 */
class ListExportTemplateTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A table of the kit's look: {@code <table class="data" …>}. */
    static final Pattern DATA_TABLE = Pattern.compile("<table[^>]*class=\"[^\"]*\\bdata\\b");
    static final Pattern EXPORT_LINK = Pattern.compile(
            "exportButton\\(|href=\"[^\"]*(/export|\\.xlsx)|<a[^>]*id=\"export-");

    /** Pages whose tables are not lists of records, and why. */
    static final Map<String, String> NOT_RECORD_LISTS = Map.ofEntries(
            Map.entry("campaign/campaign.html", "one campaign's dates and its document downloads"),
            Map.entry("decision/branch.html", "one branch's decision: its scores, reasons and settlements"),
            Map.entry("decision/calibration.html", "the groups' severity figures the committee calibrates with"),
            Map.entry("decision/history.html", "one branch's level events, year by year"),
            Map.entry("declaration/declaration.html", "the self-assessment form of one declaration"),
            Map.entry("notice/objection.html", "one objection's files and steps"),
            Map.entry("organization/organization-form.html", "the organisation form's level rows"),
            Map.entry("platform/tokens.html", "the account's own API tokens: a name and dates each, the secret never kept"),
            Map.entry("organization/organization.html", "one organisation's details, levels and children"),
            Map.entry("rectification/task.html", "one task's history and evidence"),
            Map.entry("reporting/profile.html", "one branch's profile: its levels, scores and tasks"),
            Map.entry("reporting/statistics.html", "the figures under each chart; each links to its list, which exports"),
            Map.entry("scoring/sheet.html", "a score sheet being filled in"),
            Map.entry("standard/standard.html", "the content of one standard (downloadable as its YAML file)"));

    @Test
    void everyPageThatListsRecordsOffersAnExport() throws IOException {
        List<String> withoutExport = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                String html = Files.readString(file, StandardCharsets.UTF_8);
                if (DATA_TABLE.matcher(html).find() && !EXPORT_LINK.matcher(html).find()
                        && !NOT_RECORD_LISTS.containsKey(name)) {
                    withoutExport.add(name);
                }
            }
        }
        assertThat(withoutExport).as("pages listing records without an export link").isEmpty();
    }

    @Test
    void theAllowListNamesOnlyPagesThatExistAndHaveTables() throws IOException {
        for (String name : NOT_RECORD_LISTS.keySet()) {
            Path file = TEMPLATES.resolve(name);
            assertThat(file).exists();
            assertThat(DATA_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find())
                    .as(name + " has a data table, else it needs no exemption").isTrue();
        }
    }

    /** The rule fails on a page that lists records without an export, so it is not a rule that can never fail. */
    @Test
    void theRuleCatchesAListWithoutAnExport() {
        String list = "<div class=\"table-wrap\"><table class=\"data\" id=\"x\"><tr th:each=\"r : ${rows}\"></tr></table></div>";
        assertThat(DATA_TABLE.matcher(list).find()).isTrue();
        assertThat(EXPORT_LINK.matcher(list).find()).isFalse();
        assertThat(EXPORT_LINK.matcher(list + "<a th:replace=\"~{fragments/kit :: exportButton(@{/x/export})}\"></a>").find())
                .isTrue();
    }
}
