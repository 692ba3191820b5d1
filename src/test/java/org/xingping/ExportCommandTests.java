package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.Refused;
import org.xingping.support.XingPingTest;

import picocli.CommandLine;

/**
 * A finished year exported as the files of interfaces.md: {@code evaluate} run again on the export
 * gives the results the export states, line for line, and {@code plan} runs on it too; an export
 * into a directory in use is refused unless forced.
 */
@XingPingTest
class ExportCommandTests {

    static final int YEAR = 2071;

    @Autowired
    ApplicationContext context;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @Test
    void evaluateOnTheExportOfAFinishedYearGivesItsResults() throws IOException {
        finishedYear();
        Path export = work.resolve("export");
        CampaignExport.Written written = new CampaignExport(context).write(YEAR, export, false);
        assertThat(written.files()).contains("units.csv", "organizations.csv", "declarations.csv", "observers.csv",
                "scores.csv", "facts.csv", "history.csv", "results.csv", "plan.csv", "standard.yaml", "campaign.yaml");

        int exit = run("evaluate", "--standard", export.resolve("standard.yaml").toString(),
                "--declarations", export.resolve("declarations.csv").toString(), "--scores", export.resolve("scores.csv").toString(),
                "--facts", export.resolve("facts.csv").toString(), "--history", export.resolve("history.csv").toString(),
                "--population", String.valueOf(written.population()), "--out", work.resolve("evaluated.csv").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(sorted(work.resolve("evaluated.csv"))).isEqualTo(sorted(export.resolve("results.csv")));
        assertThat(sorted(export.resolve("results.csv"))).hasSize(written.results() + 1)
                .anyMatch(line -> line.contains(",5,是,"));

        int planned = run("plan", "--campaign", export.resolve("campaign.yaml").toString(),
                "--units", export.resolve("units.csv").toString(), "--organizations", export.resolve("organizations.csv").toString(),
                "--declarations", export.resolve("declarations.csv").toString(),
                "--observers", export.resolve("observers.csv").toString(), "--seconds", "3",
                "--out", work.resolve("replanned.csv").toString());
        assertThat(planned).as(err.toString()).isZero();
        assertThat(Files.readAllLines(work.resolve("replanned.csv")).get(0))
                .isEqualTo(Files.readAllLines(export.resolve("plan.csv")).get(0));
    }

    @Test
    void refusesADirectoryInUseUnlessForced() throws IOException {
        finishedYear();
        Path used = Files.createDirectories(work.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "别的文件");
        assertThatThrownBy(() -> new CampaignExport(context).write(YEAR, used, false)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("export.notEmpty"));
        assertThat(Files.list(used).count()).as("nothing written").isEqualTo(1);
        assertThat(new CampaignExport(context).write(YEAR, used, true).files()).contains("results.csv");

        assertThat(run("export", "--campaign", String.valueOf(YEAR), "--out", used.resolve("notes.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--out 应为目录");
    }

    /** A small campaign scored, its five-star applicants' innovation confirmed, every tie kept, confirmed. */
    private void finishedYear() {
        if (decisions.confirmation(YEAR).isPresent()) {
            return;
        }
        DecisionFixtures.scoredCampaign(context, YEAR, target -> target == 5 ? 1.0 : 0.86);
        Set<String> fiveStar = jdbc.sql("""
                        select b.code from declaration d join party_organization b on b.id = d.branch_id
                        join campaign c on c.id = d.campaign_id where c.year = :year and d.target_level = 5""")
                .param("year", YEAR).query(String.class).set();
        fiveStar.forEach(branch -> decisions.recordFact(YEAR, branch, "innovation", "是", "经工委认定", DecisionFixtures.STAFF));
        for (BoardRow tie : decisions.board(YEAR).openTies()) {
            decisions.settleTie(YEAR, tie.branchCode(), tie.engineStars(), "并列全部保留", DecisionFixtures.STAFF);
        }
        decisions.confirm(YEAR, DecisionFixtures.LEADER);
    }

    private static List<String> sorted(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().sorted().toList();
    }

    private int run(String... arguments) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = XingPingLauncher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
