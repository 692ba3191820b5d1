package org.xingping.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.support.DemoBrowserTest;

/**
 * What people do with the registry, in a real browser on the demo instance: the committee's staff
 * import a file with an error, read the error list, import the fixed file, browse the tree and
 * export; a unit account sees its own unit and nothing else.
 */
class RegistryBrowserTests extends DemoBrowserTest {

    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path files;


    @Test
    void committeeStaffImportAFileWithAnErrorThenTheFixedFileBrowseTheTreeAndExport() throws IOException {
        browser.logIn("gongwei", PASSWORD).open("/organizations/import");
        Path units = write("units-u106.csv", "编码,名称,类别,办公地点,纬度,经度",
                "U106,市退役军人事务局,市直,市行政中心,32.9818,114.0553");
        Path wrong = write("organizations-u106.csv", "编码,单位编码,上级组织编码,类型,名称,书记,党员数",
                "U106-P,U106,,机关党委,市退役军人事务局机关党委,王平,",
                "U106-B01,U106,U106-P,党支部,市退役军人事务局第1党支部,李华,18",
                "U106-B02,U106,U999-P,党支部,市退役军人事务局第2党支部,赵敏,十二");
        upload(units, wrong);

        WebElement problems = browser.waitFor(By.cssSelector(".flash.error"));
        List<String> listed = problems.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        browser.screenshot("import-refused");
        assertThat(listed).hasSize(2);
        assertThat(listed).anySatisfy(problem -> assertThat(problem)
                .contains("organizations-u106.csv", "第4行", "党员数", "十二"));
        assertThat(listed).anySatisfy(problem -> assertThat(problem)
                .contains("第4行", "上级组织编码", "U999-P", "不存在"));
        assertThat(count("select count(*) from unit where code = 'U106'")).as("nothing stored").isZero();

        Path fixed = write("organizations-u106-fixed.csv", "编码,单位编码,上级组织编码,类型,名称,书记,党员数",
                "U106-P,U106,,机关党委,市退役军人事务局机关党委,王平,",
                "U106-B01,U106,U106-P,党支部,市退役军人事务局第1党支部,李华,18",
                "U106-B02,U106,U106-P,党支部,市退役军人事务局第2党支部,赵敏,12");
        upload(units, fixed);
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("导入完成");
        assertThat(count("select count(*) from party_organization where code like 'U106-%'")).isEqualTo(3);

        browser.waitFor(By.xpath("//ul[@id='organization-tree']//a[contains(., 'U106')]")).click();
        browser.waitFor(By.xpath("//ul[@id='organization-tree']//a[contains(., '市退役军人事务局机关党委')]")).click();
        browser.waitFor(By.xpath("//ul[@id='organization-tree']//a[contains(., '市退役军人事务局第2党支部')]"));
        assertThat(browser.currentPath()).contains("under=");
        assertThat(rowCodes()).containsExactlyInAnyOrder("U106-P", "U106-B01", "U106-B02");
        browser.screenshot("organizations-tree");
        browser.width(375).screenshot("organizations-phone");
        browser.width(0);

        browser.find(By.linkText("导出")).click();
        List<List<String>> exported = sheet(browser.downloaded(".xlsx"));
        assertThat(exported.get(0)).startsWith("编码", "单位编码", "上级组织编码", "类型", "名称");
        assertThat(exported.subList(1, exported.size())).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder("U106-P", "U106-B01", "U106-B02");
    }

    @Test
    void aUnitAccountSeesItsOwnUnitAndNothingElse() {
        browser.logIn("u001", PASSWORD).open("/organizations?size=100");
        assertThat(rowCodes()).isNotEmpty().allMatch(code -> code.startsWith("U001-"));
        assertThat(browser.findAll(By.cssSelector("#organization-tree > li"))).hasSize(1);
        assertThat(browser.findAll(By.linkText("导入"))).as("no import for a unit account").isEmpty();

        long foreign = jdbc.sql("select id from party_organization where code = 'U002-B01'").query(Long.class).single();
        browser.open("/organizations/" + foreign);
        assertThat(browser.text()).contains("无权访问");
        browser.open("/organizations?unit=" + jdbc.sql("select id from unit where code = 'U002'").query(Long.class)
                .single());
        assertThat(rowCodes()).isEmpty();
        browser.open("/units");
        assertThat(browser.findAll(By.cssSelector("#unit-table tbody tr td:first-child"))).extracting(WebElement::getText)
                .containsExactly("U001");
        browser.open("/organizations/new");
        assertThat(browser.text()).contains("无权访问");
        browser.open("/admin/users");
        assertThat(browser.text()).contains("无权访问");
    }

    private void upload(Path units, Path organizations) {
        browser.open("/organizations/import");
        browser.find(By.id("units")).sendKeys(units.toAbsolutePath().toString());
        browser.find(By.id("organizations")).sendKeys(organizations.toAbsolutePath().toString());
        browser.find(By.id("import-submit")).click();
    }

    private List<String> rowCodes() {
        return browser.findAll(By.cssSelector("#organization-table tbody td.mono a")).stream()
                .map(WebElement::getText).toList();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(files.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<List<String>> sheet(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
        }
        return rows;
    }
}
