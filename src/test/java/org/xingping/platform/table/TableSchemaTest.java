package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xingping.platform.table.TableFixtures.ORGANIZATIONS;
import static org.xingping.platform.table.TableFixtures.read;
import static org.xingping.platform.table.TableFixtures.utf8;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSchemaTest {

    @Test
    void resolvesEnglishChineseAndBracketedHeaders() {
        assertThat(ORGANIZATIONS.resolve("\uFEFFcode")).isEqualTo("code");
        assertThat(ORGANIZATIONS.resolve(" Parent Code ")).isEqualTo("parent_code");
        assertThat(ORGANIZATIONS.resolve("UNIT-CODE")).isEqualTo("unit_code");
        assertThat(ORGANIZATIONS.resolve("上级组织编码")).isEqualTo("parent_code");
        assertThat(ORGANIZATIONS.resolve("上级组织编码（parent_code）")).isEqualTo("parent_code");
        assertThat(ORGANIZATIONS.resolve("parent_code (上级组织编码)")).isEqualTo("parent_code");
        assertThat(ORGANIZATIONS.resolve("书记（必填）")).isEqualTo("secretary");
        assertThat(ORGANIZATIONS.resolve("备注")).isNull();
    }

    @Test
    void ignoresHeaderThatNamesTwoDifferentColumns() {
        assertThat(ORGANIZATIONS.resolve("编码(name)")).isNull();
    }

    @Test
    void canonicalisesFamilyHeaders() {
        assertThat(ORGANIZATIONS.resolve("level_2020")).isEqualTo("level_2020");
        assertThat(ORGANIZATIONS.resolve("LEVEL_2021")).isEqualTo("level_2021");
        assertThat(ORGANIZATIONS.resolve("2020年星级")).isEqualTo("level_2020");
        assertThat(ORGANIZATIONS.resolve("星级_2019")).isEqualTo("level_2019");
        assertThat(ORGANIZATIONS.resolve("red_flag_2020")).isEqualTo("red_flag_2020");
        assertThat(ORGANIZATIONS.resolve("2020年红旗党支部")).isEqualTo("red_flag_2020");
        assertThat(ORGANIZATIONS.resolve("2020年星级（level_2020）")).isEqualTo("level_2020");
        assertThat(ORGANIZATIONS.resolve("星级")).isNull();
        assertThat(ORGANIZATIONS.resolve("level_20201")).isNull();
    }

    @Test
    void namesColumnsInChineseForMessages() {
        assertThat(ORGANIZATIONS.chineseNameOf("parent_code")).isEqualTo("上级组织编码");
        assertThat(ORGANIZATIONS.chineseNameOf("level_2020")).isEqualTo("星级_2020");
        assertThat(ORGANIZATIONS.chineseNameOf("red_flag_2021")).isEqualTo("红旗党支部_2021");
        assertThat(ORGANIZATIONS.chineseNameOf("remark")).isNull();
    }

    @Test
    void gathersFamilyCellsByYear() {
        List<TableRow> rows = read("organizations.csv", utf8(
                "code,unit_code,type,name,2021年星级,level_2020,red_flag_2020,2021年红旗党支部\n"
                        + "U001-B01,U001,党支部,第1党支部,5, 4 ,否,是\n"));

        assertThat(rows.get(0).family("level")).containsExactly(Map.entry("2020", "4"), Map.entry("2021", "5"));
        assertThat(rows.get(0).family("red_flag_")).containsExactly(Map.entry("2020", "否"), Map.entry("2021", "是"));
    }

    @Test
    void refusesSchemaWhoseColumnsReadAlike() {
        assertThatThrownBy(() -> TableSchema.of("t", "表", Column.required("unit_code", "单位编码"), Column.required("unitcode", "单位代码")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ORGANIZATIONS.withFamily("level", "星级"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesRowsByLineAndCells() {
        TableRow read = read("organizations.csv", utf8("code,unit_code,type,name\nU1,U,党委,党委\n")).get(0);

        assertThat(read).isEqualTo(new TableRow(2, Map.of("code", "U1", "unit_code", "U", "type", "党委", "name", "党委")));
        assertThat(new TableRow(3, Map.of("code", " U1 ")).get("code")).isEqualTo("U1");
    }
}
