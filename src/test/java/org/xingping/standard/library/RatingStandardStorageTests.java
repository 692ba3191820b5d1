package org.xingping.standard.library;

import org.xingping.standard.StandardRefused;
import org.xingping.standard.RatingStandard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StandardProblem;
import org.xingping.standard.StandardRefused;
import org.xingping.standard.Standards;
import org.xingping.support.XingPingTest;

/**
 * Standards kept by their id with their text as loaded: a bad file is refused whole with every
 * problem, a frozen standard never changes under its id. On H2 here, on PostgreSQL in the subclass.
 */
@XingPingTest
class RatingStandardStorageTests {

    @Autowired
    RatingStandardManagement standards;
    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsTheReferenceStandardWithItsTextAndReadsItBack() throws IOException {
        byte[] file = reference();
        StoredStandard stored = standards.upload(file);
        assertThat(stored.id()).isEqualTo("zmd-szjg-2021");
        assertThat(stored.year()).isEqualTo(2021);
        assertThat(stored.source()).isEqualTo(new String(file, StandardCharsets.UTF_8));
        RatingStandard standard = standards.standard("zmd-szjg-2021");
        assertThat(standard.items()).hasSize(23);
        assertThat(standard.levels()).hasSize(5);
    }

    @Test
    void refusesABrokenFileWholeWithEveryProblemAndStoresNothing() {
        String broken = """
                format: xingping-standard/1
                id: broken-1
                name: 坏标准
                issuer: 测试
                year: 2021
                sections:
                  - code: A
                    name: 甲
                    items:
                      - {code: A1, name: 一, max: 5, rule: {kind: deduct, each: 0, unit: 项}}
                      - {code: A1, name: 二, max: 5, rule: {kind: magic}}
                levels:
                  - {stars: 5, name: 五星, min: 95, requires: [nothing]}
                quotas:
                  - {stars: 5, maxShare: 1.5, of: all-branches, mode: hard}
                """;
        assertThatThrownBy(() -> standards.upload(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(StandardRefused.class, refused -> {
                    assertThat(refused.problems()).hasSizeGreaterThanOrEqualTo(4);
                    assertThat(refused.problems()).extracting(StandardProblem::path)
                            .contains("sections[0].items[0].rule.each", "quotas[0].maxShare");
                });
        assertThat(standards.find("broken-1")).isEmpty();
    }

    @Test
    void aFrozenStandardNeverChangesUnderItsId() throws IOException {
        standards.upload(reference());
        standards.freeze("zmd-szjg-2021", "2021年度观摩活动");
        byte[] changed = new String(reference(), StandardCharsets.UTF_8)
                .replace("min: 95", "min: 96").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> standards.upload(changed))
                .isInstanceOfSatisfying(StandardChangeRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("standard.frozen"));
        assertThatThrownBy(() -> standards.delete("zmd-szjg-2021")).isInstanceOf(StandardChangeRefused.class);
        assertThat(standards.standard("zmd-szjg-2021").levelsHighestFirst().get(0).min()).isEqualByComparingTo("95");
        assertThat(standards.upload(reference()).isFrozen()).as("the same file again changes nothing").isTrue();
    }

    @Test
    void anUnusedStandardCanBeReplacedOrDeleted() throws IOException {
        String text = new String(reference(), StandardCharsets.UTF_8).replace("id: zmd-szjg-2021", "id: draft-2022");
        standards.upload(text.getBytes(StandardCharsets.UTF_8));
        standards.upload(text.replace("min: 95", "min: 96").getBytes(StandardCharsets.UTF_8));
        assertThat(standards.standard("draft-2022").levelsHighestFirst().get(0).min()).isEqualByComparingTo("96");
        standards.delete("draft-2022");
        assertThat(standards.find("draft-2022")).isEmpty();
    }

    private static byte[] reference() {
        return Standards.referenceFile();
    }
}
