package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.observation.ObservationFixtures;
import org.xingping.support.XingPingTest;

import picocli.CommandLine;

/**
 * {@code import --declarations F --campaign C} on a database whose campaign is open: the
 * declarations join the campaign a year or its campaign file names, and a campaign file is
 * attached when the campaign has none; a bad row refuses the whole run.
 */
@XingPingTest
class ImportCommandOnTheApplicationTests {

    static final int YEAR = 2039;

    @Autowired
    ApplicationContext context;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path files;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void openCampaign() throws Exception {
        CampaignFixtures.referenceCampaign(context, YEAR);
    }

    @Test
    void importsDeclarationsIntoTheCampaignItsFileNamesAndAttachesTheFile() throws Exception {
        Path declarations = Files.writeString(files.resolve("declarations.csv"),
                ObservationFixtures.declarationsOf(Set.of("U001", "U002")), StandardCharsets.UTF_8);
        Path campaignFile = Files.writeString(files.resolve("campaign.yaml"),
                ObservationFixtures.campaignFile(YEAR, 2, 3), StandardCharsets.UTF_8);

        int exit = run("--declarations", declarations.toString(), "--campaign", campaignFile.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly("导入完成：2039 年度申报 14 条（新增 14，更新 0）。");
        assertThat(campaigns.require(YEAR).campaignFile()).isPresent();

        run("--declarations", declarations.toString(), "--campaign", Integer.toString(YEAR));
        assertThat(out.toString().lines()).last().isEqualTo("导入完成：2039 年度申报 14 条（新增 0，更新 14）。");
    }

    @Test
    void aBadDeclarationRowRefusesTheRunAndTheGoodRowsAreNotStored() throws Exception {
        long before = declarationsOfTheYear();
        Path declarations = Files.writeString(files.resolve("declarations.csv"), String.join("\n",
                "branch_code,kind,current_level,target_level,self_score,claims",
                "U003-B01,晋升,4,5,95,",
                "U999-B01,晋升,3,4,90,") + "\n", StandardCharsets.UTF_8);

        int exit = run("--declarations", declarations.toString(), "--campaign", Integer.toString(YEAR));

        assertThat(exit).isOne();
        assertThat(err.toString()).contains("第3行", "U999-B01", "导入被拒绝");
        assertThat(declarationsOfTheYear()).isEqualTo(before);
    }

    int run(String... arguments) {
        ImportCommand command = new ImportCommand();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.parseArgs(arguments);
        int usage = command.usage();
        return usage != 0 ? usage : command.execute(context);
    }

    long declarationsOfTheYear() {
        return jdbc.sql("select count(*) from declaration d join campaign c on c.id = d.campaign_id where c.year = :year")
                .param("year", YEAR).query(Long.class).single();
    }
}
