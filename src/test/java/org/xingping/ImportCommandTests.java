package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import picocli.CommandLine;

/**
 * The {@code import} command of interfaces.md as the jar runs it: through the launcher, on the
 * embedded database of a fresh data directory. Exit 0 with a one-line summary, 1 with every
 * problem and nothing stored, 2 on wrong usage; {@code --help} in Chinese and English.
 */
class ImportCommandTests {

    @TempDir
    Path dataDir;

    String dataDirBefore;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void useTheTemporaryDataDirectory() {
        dataDirBefore = System.getProperty("xingping.data-dir");
        System.setProperty("xingping.data-dir", dataDir.toString());
    }

    @AfterEach
    void restoreTheDataDirectory() {
        if (dataDirBefore == null) {
            System.clearProperty("xingping.data-dir");
        } else {
            System.setProperty("xingping.data-dir", dataDirBefore);
        }
    }

    @Test
    void importsTheReferenceFilesWithAOneLineSummary() throws Exception {
        int exit = run("import", "--units", reference("units.csv"), "--organizations", reference("organizations.csv"));

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly("导入完成：单位 105 个（新增 105），党组织 1066 个（新增 1066）。");
        assertThat(count("unit")).isEqualTo(105);
        assertThat(count("party_organization")).isEqualTo(1066);
        assertThat(count("user_account")).as("a command run opens no account").isZero();
    }

    @Test
    void takesTheDataDirectoryAsServeDoes() throws Exception {
        Path elsewhere = Files.createDirectories(dataDir.resolve("elsewhere"));

        int exit = run("import", "--units", reference("units.csv"), "--xingping.data-dir=" + elsewhere);

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly("导入完成：单位 105 个（新增 105），党组织 0 个（新增 0）。");
        assertThat(Files.exists(elsewhere.resolve("xingping.mv.db"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("xingping.mv.db"))).isFalse();
    }

    @Test
    void refusesABadFileListingEveryProblemOnStandardErrorAndStoresNothing() throws Exception {
        Path organizations = write("organizations.csv", "编码,单位编码,上级组织编码,类型,名称,书记,党员数",
                "U001-P,U001,,机关党委,市纪委监委机关党委,龚秀,",
                "U001-B01,U001,U999-P,党支部,市纪委监委机关第1党支部,毛强桂,十三",
                "U001-B02,U001,U001-P,党支部,市纪委监委机关第2党支部,姜浩,44");

        int exit = run("import", "--units", reference("units.csv"), "--organizations", organizations.toString());

        assertThat(exit).isOne();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "organizations.csv 第3行 members（党员数）：党员数“十三”应为不小于 0 的整数",
                "organizations.csv 第3行 parent_code（上级组织编码）：上级组织 U999-P 不存在（既不在系统中，也不在本文件中）",
                "导入被拒绝：共 2 个问题，未导入任何数据。");
        assertThat(count("unit")).as("the good units file is not stored either").isZero();
        assertThat(count("party_organization")).isZero();
    }

    @Test
    void refusesAnImportWithoutFiles() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err.toString()).contains("请至少给出一个文件", "Give at least one file");
    }

    @Test
    void refusesAFileThatIsNotThere() {
        assertThat(run("import", "--units", dataDir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("文件不存在", "no such file", "missing.csv");
    }

    @Test
    void importsTheObserversWithTheRegistryInOneGo() throws Exception {
        int exit = run("import", "--units", reference("units.csv"), "--observers", reference("observers.csv"));

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "导入完成：单位 105 个（新增 105），党组织 0 个（新增 0），观摩人员 20 人。");
        assertThat(count("observer")).isEqualTo(20);
    }

    @Test
    void aRefusedObserversFileLeavesTheGoodUnitsFileUnstoredToo() throws Exception {
        Path observers = write("observers.csv", "name,role,home_unit_code,may_lead", "熊杰明,书记,U999,是");

        int exit = run("import", "--units", reference("units.csv"), "--observers", observers.toString());

        assertThat(exit).isOne();
        assertThat(err.toString().lines()).containsExactly(
                "observers.csv 第2行 home_unit_code（所在单位编码）：单位表中没有单位 U999（本单位以外的人员此栏留空）",
                "导入被拒绝：共 1 个问题，未导入任何数据。");
        assertThat(count("unit")).as("all or nothing across the files").isZero();
        assertThat(count("observer")).isZero();
    }

    @Test
    void refusesDeclarationsOfACampaignThatWasNeverOpened() throws Exception {
        Path declarations = write("declarations.csv", "branch_code,kind,current_level,target_level",
                "U001-B01,晋升,4,5");

        int exit = run("import", "--units", reference("units.csv"), "--declarations", declarations.toString(),
                "--campaign", "2021");

        assertThat(exit).isOne();
        assertThat(err.toString()).contains("系统中没有 2021 年度的创建活动", "未导入任何数据");
        assertThat(count("unit")).isZero();
    }

    @Test
    void declarationsAndTheirCampaignGoTogether() throws IOException {
        Path declarations = write("declarations.csv", "branch_code,kind,current_level,target_level");

        assertThat(run("import", "--declarations", declarations.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--declarations 与 --campaign 须一起给出");
        assertThat(run("import", "--declarations", declarations.toString(), "--campaign", "去年")).isEqualTo(2);
        assertThat(err.toString()).contains("--campaign 应为年份");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThat(run("import", "--unit", "units.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--unit");
    }

    @Test
    void refusesAMistypedCommandInsteadOfStartingTheWebApplication() {
        assertThat(run("imprt", "--units", "units.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("未知命令或参数：imprt", "Unknown command or argument: imprt");
    }

    @Test
    void explainsItselfInChineseAndEnglish() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("Usage:", "--units", "--organizations",
                "把单位、党组织等表格文件导入当前配置的数据库", "Loads table files into the configured database",
                "退出码 / Exit codes", "输入被拒绝 / input refused");
        assertThat(Files.exists(dataDir.resolve("xingping.mv.db"))).as("help needs no database").isFalse();
    }

    @Test
    void theJarListsTheImportCommandInItsHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import", "serve");
    }

    // --- helpers ------------------------------------------------------------------------------------

    int run(String... arguments) {
        CommandLine commandLine = XingPingLauncher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }

    /** A file of the reference data set, as a user would have it on disk. */
    String reference(String name) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return Files.write(Files.createDirectories(dataDir.resolve("files")).resolve(name), in.readAllBytes())
                    .toString();
        }
    }

    Path write(String name, String... lines) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("files"));
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Rows of a table in the data directory's H2 file, read after the command has closed it. */
    long count(String table) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("xingping") + ";MODE=PostgreSQL;IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "xingping", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
