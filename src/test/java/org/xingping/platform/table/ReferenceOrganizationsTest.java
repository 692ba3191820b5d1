package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.platform.table.TableFixtures.ORGANIZATIONS;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceOrganizationsTest {

    @Test
    void readsTheDemoOrganizationsFromTheClasspath() throws IOException {
        List<TableRow> rows;
        try (InputStream in = getClass().getResourceAsStream("/demo/organizations.csv")) {
            rows = new TableReader().readAll("organizations.csv", in, ORGANIZATIONS);
        }

        assertThat(rows).hasSize(1066);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).get("code")).isEqualTo("U001-P");
        assertThat(rows.get(0).get("parent_code")).isEmpty();
        assertThat(rows.get(1).family("level")).isEqualTo(Map.of("2020", "4"));
        assertThat(rows.get(1).family("red_flag")).isEqualTo(Map.of("2020", "否"));
        assertThat(rows).extracting(row -> row.get("type")).isSubsetOf("机关党委", "党委", "党总支", "党支部");
    }
}
