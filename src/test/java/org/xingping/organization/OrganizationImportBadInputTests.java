package org.xingping.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.organization.RegistryFixtures.ORGANIZATIONS_HEADER;
import static org.xingping.organization.RegistryFixtures.cells;
import static org.xingping.organization.RegistryFixtures.csv;
import static org.xingping.organization.RegistryFixtures.file;
import static org.xingping.organization.RegistryFixtures.organizations;
import static org.xingping.organization.RegistryFixtures.units;
import static org.xingping.organization.RegistryFixtures.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.organization.RegistryFixtures.Formula;
import org.xingping.support.HostileFiles;
import org.xingping.support.HostileFiles.GeneratedCsv;
import org.xingping.support.XingPingTest;

/**
 * Malformed table files fed to the import, on the reference registry. Each is refused with the
 * problem said as the import page and the command show it, in Chinese, with file, line and column;
 * nothing of it is stored; and the next import works as before.
 */
@XingPingTest
class OrganizationImportBadInputTests {

    /** A branch as the reference data writes U001's, with a code the reference data does not use. */
    static final String NEW_BRANCH = "U001-B99,U001,U001-P,党支部,市纪委监委机关第99党支部,王平,12,,";
    /** The reference data's first branch exactly as stored: importing it again changes nothing. */
    static final String STORED_BRANCH = "U001-B01,U001,U001-P,党支部,市纪委监委机关第1党支部,毛强桂,13,4,否";
    static final String NEW_UNIT = "U106,市退役军人事务局,市直,市行政中心,32.9818,114.0553";

    @Autowired
    OrganizationImport importer;
    @Autowired
    JdbcClient jdbc;

    RefusedImports imports;

    @BeforeEach
    void referenceData() {
        imports = new RefusedImports(importer, jdbc);
        if (imports.count("unit where code = 'U001'") == 0) {
            RegistryFixtures.importReference(importer);
        }
    }

    // --- headers ------------------------------------------------------------------------------------

    @Test
    void refusesAFileWithoutTheParentColumnNamingTheMissingHeader() {
        List<String> problems = imports.ofOrganizations(csv("organizations.csv", "编码,单位编码,类型,名称,书记,党员数",
                "U001-B99,U001,党支部,市纪委监委机关第99党支部,王平,12"));

        assertThat(problems).containsExactly(
                "organizations.csv 第1行 parent_code（上级组织编码）：表头缺少必填列，应有一列名为“上级组织编码”或“parent_code”");
    }

    @Test
    void refusesAUnitsFileChosenAsTheOrganisationsFile() {
        List<String> problems = imports.ofOrganizations(csv("units.csv", RegistryFixtures.UNITS_HEADER, NEW_UNIT));

        assertThat(problems).containsExactly(
                "units.csv 第1行 unit_code（单位编码）：表头缺少必填列，应有一列名为“单位编码”或“unit_code”",
                "units.csv 第1行 parent_code（上级组织编码）：表头缺少必填列，应有一列名为“上级组织编码”或“parent_code”",
                "units.csv 第1行 type（类型）：表头缺少必填列，应有一列名为“类型”或“type”");
    }

    @Test
    void refusesAFileThatStartsWithDataInsteadOfAHeader() {
        List<String> problems = imports.ofOrganizations(csv("organizations.csv", STORED_BRANCH, NEW_BRANCH));

        assertThat(problems).hasSize(5).first().isEqualTo(
                "organizations.csv 第1行 code（编码）：表头缺少必填列，应有一列名为“编码”或“code”");
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        List<String> problems = imports.ofOrganizations(csv("organizations.csv",
                "编码,单位编码,上级组织编码,类型,名称,code", "U001-B99,U001,U001-P,党支部,市纪委监委机关第99党支部,U001-B99"));

        assertThat(problems).containsExactly(
                "organizations.csv 第1行 code（编码）：表头重复：第1列“编码”和第6列“code”是同一列");
    }

    // --- codes and the tree -------------------------------------------------------------------------

    @Test
    void refusesACodeThatAppearsTwiceInTheFile() {
        List<String> problems = imports.ofOrganizations(organizations(NEW_BRANCH,
                "U001-B99,U001,U001-P,党支部,市纪委监委机关第100党支部,李华,9,,"));

        assertThat(problems).containsExactly(
                "organizations.csv 第3行 code（编码）：编码 U001-B99 在本文件中重复（第 2 行已出现）");
    }

    @Test
    void writesLineNumbersAndYearsInMessagesWithoutGrouping() {
        List<String> rows = new ArrayList<>();
        rows.add(NEW_BRANCH);
        for (int i = 1; i <= 1200; i++) {
            rows.add("U001-C%04d,U001,U001-P,党支部,市纪委监委机关第%d党小组,王平,3,,".formatted(i, i));
        }
        rows.add("U001-B99,U001,U001-P,党支部,市纪委监委机关第100党支部,李华,9,4,是");

        assertThat(imports.ofOrganizations(organizations(rows))).containsExactly(
                "organizations.csv 第1203行 red_flag_2020（红旗党支部_2020）：2020年为红旗党支部，但当年星级为 4：红旗党支部须为五星级",
                "organizations.csv 第1203行 code（编码）：编码 U001-B99 在本文件中重复（第 2 行已出现）");
    }

    @Test
    void refusesBothFilesWhenEachRepeatsACodeListingTheProblemsOfBoth() {
        List<String> problems = imports.of(
                units(NEW_UNIT, "U106,市退役军人事务局（重复）,市直,市行政中心,32.9818,114.0553"),
                organizations("U106-P,U106,,机关党委,市退役军人事务局机关党委,王平,,,",
                        "U106-B01,U106,U106-P,党支部,市退役军人事务局第1党支部,李华,18,,",
                        "U106-B01,U106,U106-P,党支部,市退役军人事务局第2党支部,赵敏,9,,"));

        assertThat(problems).containsExactly(
                "units.csv 第3行 code（编码）：编码 U106 在本文件中重复（第 2 行已出现）",
                "organizations.csv 第4行 code（编码）：编码 U106-B01 在本文件中重复（第 3 行已出现）");
        assertThat(imports.count("unit where code = 'U106'")).isZero();
    }

    @Test
    void refusesAnUnknownParent() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-B99,U001,U999-P,党支部,市纪委监委机关第99党支部,王平,12,,"));

        assertThat(problems).containsExactly("organizations.csv 第2行 parent_code（上级组织编码）："
                + "上级组织 U999-P 不存在（既不在系统中，也不在本文件中）");
    }

    @Test
    void refusesAnOrganisationOfAnUnknownUnit() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U999-P,U999,,机关党委,不存在的单位机关党委,王平,,,"));

        assertThat(problems).containsExactly("organizations.csv 第2行 unit_code（单位编码）："
                + "单位 U999 不存在（既不在系统中，也不在同时导入的单位表中）");
    }

    @Test
    void refusesParentsThatFormALoopInsideTheFile() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-G1,U001,U001-G2,党总支,市纪委监委机关第1党总支,王平,,,",
                "U001-G2,U001,U001-G1,党总支,市纪委监委机关第2党总支,李华,,,"));

        assertThat(problems).containsExactly(
                "organizations.csv 第2行 parent_code（上级组织编码）：上下级形成循环：U001-G1 → U001-G2 → U001-G1",
                "organizations.csv 第3行 parent_code（上级组织编码）：上下级形成循环：U001-G2 → U001-G1 → U001-G2");
    }

    @Test
    void refusesARowThatClosesALoopThroughStoredOrganisations() {
        refusesALoopThroughStoredOrganisations(imports, jdbc);
    }

    /**
     * Stored: U018-P (机关党委) → U018-G1 (党总支) → branches. The file puts a new 党总支 under
     * U018-G1 and the committee under the new one: the loop runs through the stored U018-G1.
     */
    static void refusesALoopThroughStoredOrganisations(RefusedImports imports, JdbcClient jdbc) {
        List<String> problems = imports.ofOrganizations(organizations(
                "U018-P,U018,U018-G9,机关党委,市教育局机关党委,蔡霞思,,,",
                "U018-G9,U018,U018-G1,党总支,市教育局第9党总支,王平,,,"));

        assertThat(problems).containsExactly(
                "organizations.csv 第2行 parent_code（上级组织编码）：上下级形成循环：U018-P → U018-G9 → U018-G1 → U018-P",
                "organizations.csv 第3行 parent_code（上级组织编码）：上下级形成循环：U018-G9 → U018-G1 → U018-P → U018-G9");
        assertThat(jdbc.sql("select p.code from party_organization o join party_organization p"
                + " on p.id = o.parent_id where o.code = 'U018-G1'").query(String.class).single()).isEqualTo("U018-P");
        assertThat(imports.count("party_organization where code = 'U018-P' and parent_id is null")).isOne();
    }

    @Test
    void refusesABranchUnderAnotherUnitsCommittee() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-B99,U001,U002-P,党支部,市纪委监委机关第99党支部,王平,12,,"));

        assertThat(problems).containsExactly("organizations.csv 第2行 parent_code（上级组织编码）："
                + "上级组织 U002-P 属于单位 U002，而本组织属于单位 U001：上下级须在同一单位");
    }

    @Test
    void refusesAParentThatIsABranch() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-B99,U001,U001-B01,党支部,市纪委监委机关第99党支部,王平,12,,"));

        assertThat(problems).containsExactly("organizations.csv 第2行 parent_code（上级组织编码）："
                + "上级组织 U001-B01 是党支部，党支部下不能再设组织");
    }

    @Test
    void refusesMakingABranchOfAStoredGeneralBranchThatHasBranchesBelow() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U018-G1,U018,U018-P,党支部,市教育局第1党总支,叶子超,30,,"));

        assertThat(problems).containsExactly("organizations.csv 第2行 type（类型）："
                + "系统中 U018-G1 下还有 7 个下级组织（如 U018-B01），不能改为党支部");
    }

    @Test
    void acceptsMakingABranchOfAGeneralBranchWhoseBranchesTheSameFileMovesAway() {
        List<String> stored = RegistryFixtures.referenceLines(line -> line.startsWith("U024-G2,")
                || line.contains(",U024-G2,"));
        List<String> moved = new ArrayList<>();
        stored.forEach(line -> moved.add(line.startsWith("U024-G2,")
                ? line.replace(",党总支,", ",党支部,").replace(",,,", ",20,,")
                : line.replace(",U024-G2,", ",U024-G1,")));

        ImportSummary summary = importer.importTables(Optional.empty(), Optional.of(organizations(moved)));

        assertThat(summary.organizationsUpdated()).isEqualTo(stored.size()).isGreaterThan(1);
        assertThat(jdbc.sql("select type from party_organization where code = 'U024-G2'").query(String.class)
                .single()).isEqualTo("BRANCH");
        importer.importTables(Optional.empty(), Optional.of(organizations(stored)));
    }

    @Test
    void refusesMovingAStoredGeneralBranchToAnotherUnitAwayFromItsBranches() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U018-G1,U002,U002-P,党总支,市教育局第1党总支,叶子超,,,"));

        assertThat(problems).containsExactly("organizations.csv 第2行 unit_code（单位编码）："
                + "系统中 U018-G1 下还有 7 个下级组织（如 U018-B01）属于单位 U018，不能把 U018-G1 改到单位 U002：上下级须在同一单位");
    }

    // --- values -------------------------------------------------------------------------------------

    // --- values -------------------------------------------------------------------------------------

    @Test
    void refusesCoordinatesThatAreNotNumbersOrMissing() {
        List<String> problems = imports.ofUnits(units(
                "U106,市退役军人事务局,市直,市行政中心,北纬32.98度,114.0553",
                "U107,市信访局,市直,市行政中心,32.9818,"));

        assertThat(problems).containsExactly(
                "units.csv 第2行 latitude（纬度）：“北纬32.98度”不是数字",
                "units.csv 第3行 longitude（经度）：必填，不能为空");
    }

    @Test
    void refusesCoordinatesOutsideChina() {
        List<String> problems = imports.ofUnits(units("U106,市退役军人事务局,市直,市行政中心,0,181"));

        assertThat(problems).containsExactly(
                "units.csv 第2行 latitude（纬度）：坐标 0 不在中国境内（应在 3.8–53.6 之间），请检查是否填错或经纬度填反",
                "units.csv 第2行 longitude（经度）：坐标 181 不在中国境内（应在 73.4–135.1 之间），请检查是否填错或经纬度填反");
    }

    @Test
    void refusesSwappedLatitudeAndLongitudeSayingSo() {
        List<String> problems = imports.ofUnits(units("U106,市退役军人事务局,市直,市行政中心,114.0553,32.9818"));

        assertThat(problems).containsExactly("units.csv 第2行 latitude（纬度）："
                + "纬度 114.0553 和经度 32.9818 填反了，请对调");
    }

    @Test
    void refusesMemberCountsThatAreNotWholeNumbersOfAtLeastZero() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-B97,U001,U001-P,党支部,市纪委监委机关第97党支部,王平,十二,,",
                "U001-B98,U001,U001-P,党支部,市纪委监委机关第98党支部,李华,-3,,",
                "U001-B99,U001,U001-P,党支部,市纪委监委机关第99党支部,赵敏,12.5,,"));

        assertThat(problems).containsExactly(
                "organizations.csv 第2行 members（党员数）：党员数“十二”应为不小于 0 的整数",
                "organizations.csv 第3行 members（党员数）：党员数“-3”应为不小于 0 的整数",
                "organizations.csv 第4行 members（党员数）：党员数“12.5”应为不小于 0 的整数");
    }

    @Test
    void refusesStarLevelsOutsideZeroToFive() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-B97,U001,U001-P,党支部,市纪委监委机关第97党支部,王平,12,6,否",
                "U001-B98,U001,U001-P,党支部,市纪委监委机关第98党支部,李华,9,四星,否",
                "U001-B99,U001,U001-P,党支部,市纪委监委机关第99党支部,赵敏,12,-1,否"));

        assertThat(problems).containsExactly(
                "organizations.csv 第2行 level_2020（星级_2020）：星级“6”应为 0–5 的整数",
                "organizations.csv 第3行 level_2020（星级_2020）：星级“四星”应为 0–5 的整数",
                "organizations.csv 第4行 level_2020（星级_2020）：星级“-1”应为 0–5 的整数");
    }

    @Test
    void refusesARedFlagWithoutFiveStarsOrNeitherYesNorNo() {
        List<String> problems = imports.ofOrganizations(organizations(
                "U001-B97,U001,U001-P,党支部,市纪委监委机关第97党支部,王平,12,4,是",
                "U001-B98,U001,U001-P,党支部,市纪委监委机关第98党支部,李华,9,,是",
                "U001-B99,U001,U001-P,党支部,市纪委监委机关第99党支部,赵敏,12,5,红旗"));

        assertThat(problems).containsExactly(
                "organizations.csv 第2行 red_flag_2020（红旗党支部_2020）：2020年为红旗党支部，但当年星级为 4：红旗党支部须为五星级",
                "organizations.csv 第3行 red_flag_2020（红旗党支部_2020）：2020年为红旗党支部，但没有填当年星级：红旗党支部须为五星级",
                "organizations.csv 第4行 red_flag_2020（红旗党支部_2020）：“红旗”应填 是 或 否");
    }

    @Test
    void listsEveryBadRowOfAFileAtOnce() {
        List<String> problems = imports.ofOrganizations(organizations(STORED_BRANCH,
                "U001-B97,U001,U999-P,党支部,市纪委监委机关第97党支部,王平,十二,,",
                NEW_BRANCH,
                "U001-B98,U001,U001-P,支部,市纪委监委机关第98党支部,李华,9,7,否"));

        assertThat(problems).containsExactly(
                "organizations.csv 第3行 members（党员数）：党员数“十二”应为不小于 0 的整数",
                "organizations.csv 第3行 parent_code（上级组织编码）：上级组织 U999-P 不存在（既不在系统中，也不在本文件中）",
                "organizations.csv 第5行 type（类型）：类型“支部”不存在，应为 机关党委、党委、党总支 或 党支部",
                "organizations.csv 第5行 level_2020（星级_2020）：星级“7”应为 0–5 的整数");
    }

    // --- whole files --------------------------------------------------------------------------------

    @Test
    void refusesAnEmptyFile() {
        assertThat(imports.ofOrganizations(file("organizations.csv", new byte[0])))
                .containsExactly("organizations.csv：文件为空");
        assertThat(imports.ofUnits(file("units.xlsx", workbook())))
                .containsExactly("units.xlsx：文件为空");
    }

    @Test
    void refusesAFileWithOnlyItsHeader() {
        assertThat(imports.ofOrganizations(organizations())).containsExactly("organizations.csv：文件没有数据行");
        assertThat(imports.ofOrganizations(file("organizations.xlsx", workbook(cells(ORGANIZATIONS_HEADER)))))
                .containsExactly("organizations.xlsx：文件没有数据行");
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingItAll() {
        GeneratedCsv upload = HostileFiles.repeatedRows(ORGANIZATIONS_HEADER, STORED_BRANCH, HostileFiles.FIFTY_MEGABYTES);

        List<String> problems = imports.ofOrganizations(new TableSource("organizations.csv", () -> upload));

        assertThat(problems).containsExactly("organizations.csv：文件大小超过上限 32 MB");
        assertThat(upload.served()).isLessThan(33L * 1024 * 1024);
    }

    @Test
    void refusesAnXlsxZipBomb() {
        byte[] bomb = HostileFiles.zipBomb(workbook(cells(ORGANIZATIONS_HEADER), cells(STORED_BRANCH)),
                400L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        assertThat(imports.ofOrganizations(file("organizations.xlsx", bomb)))
                .containsExactly("organizations.xlsx：文件疑似压缩炸弹（解压后异常膨胀），已拒绝");
    }

    @Test
    void refusesFormulaCellsNamingRowAndColumn() {
        byte[] sheet = workbook(cells(ORGANIZATIONS_HEADER),
                new Object[] {"U001-B99", "U001", "U001-P", "党支部", "市纪委监委机关第99党支部", "王平",
                        new Formula("10+2"), new Formula("IF(TRUE,4,3)"), "否"});

        assertThat(imports.ofOrganizations(file("organizations.xlsx", sheet))).containsExactly(
                "organizations.xlsx 第2行 members（党员数）：单元格含公式，请粘贴为数值后再导入",
                "organizations.xlsx 第2行 level_2020（星级_2020）：单元格含公式，请粘贴为数值后再导入");
    }

    @Test
    void refusesANulCharacterHiddenInAWorkbookCell() {
        refusesANulCharacterInAWorkbookCell(imports);
    }

    /** OOXML writes control characters as _xHHHH_; PostgreSQL cannot store a NUL in text at all. */
    static void refusesANulCharacterInAWorkbookCell(RefusedImports imports) {
        byte[] sheet = HostileFiles.withPartsEdited(workbook(cells(ORGANIZATIONS_HEADER),
                cells("U001-B99,U001,U001-P,党支部,市纪委监委机关(NUL)第99党支部,王平,12,,")), "(NUL)", "_x0000_");

        assertThat(imports.ofOrganizations(file("organizations.xlsx", sheet))).containsExactly(
                "organizations.xlsx 第2行 name（名称）：单元格含有空字符（U+0000），请删除后再导入");
    }

    @Test
    void refusesUtf16Text() {
        List<String> problems = imports.ofOrganizations(csv("organizations.csv", StandardCharsets.UTF_16,
                ORGANIZATIONS_HEADER, NEW_BRANCH));

        assertThat(problems).containsExactly("organizations.csv：文件编码无法识别（文件是 UTF-16 编码，"
                + "Excel 另存为“Unicode 文本”时会这样），请保存为 UTF-8 或 GB18030 编码的 CSV，或另存为 .xlsx 后再导入");
    }

    @Test
    void refusesAPhotoOfTheListUploadedAsTheTable() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00,
                0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, (byte) 0xFF, (byte) 0xDB};

        assertThat(imports.ofOrganizations(file("organizations.csv", jpeg))).containsExactly(
                "organizations.csv 第1行：文件编码无法识别（从这一行起的内容既不是 UTF-8 也不是 GB18030），"
                        + "请保存为 UTF-8 或 GB18030 编码的 CSV，或另存为 .xlsx 后再导入");
    }

    @Test
    void refusesALegacyXlsWorkbookWhateverItsName() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("党组织").createRow(0).createCell(0).setCellValue("编码");
            legacy.write(xls);
        }

        assertThat(imports.ofOrganizations(file("organizations.xlsx", xls.toByteArray()))).singleElement()
                .asString().startsWith("organizations.xlsx：旧版 Excel（.xls）格式不受支持，请另存为 .xlsx 或 CSV");
    }

    @Test
    void readsAWorkbookNamedCsvByItsContent() {
        TableSource misnamed = file("organizations.csv", workbook(cells(ORGANIZATIONS_HEADER), cells(STORED_BRANCH)));

        ImportSummary summary = importer.importTables(Optional.empty(), Optional.of(misnamed));

        assertThat(summary.organizationsUpdated()).isOne();
    }

    @Test
    void readsACsvFileNamedXlsxByItsContent() {
        TableSource misnamed = csv("organizations.xlsx", ORGANIZATIONS_HEADER, STORED_BRANCH);

        ImportSummary summary = importer.importTables(Optional.empty(), Optional.of(misnamed));

        assertThat(summary.organizationsUpdated()).isOne();
    }

    @Test
    void importsAgainAfterEveryKindOfRefusal() {
        imports.ofOrganizations(file("organizations.xlsx", HostileFiles.zipBomb(
                workbook(cells(ORGANIZATIONS_HEADER), cells(STORED_BRANCH)), 400L * 1024 * 1024)));
        imports.ofOrganizations(organizations("U018-P,U018,U018-G1,机关党委,市教育局机关党委,蔡霞思,,,"));

        ImportSummary summary = importer.importTables(Optional.empty(),
                Optional.of(organizations(STORED_BRANCH)));

        assertThat(summary.organizations()).isOne();
    }
}
