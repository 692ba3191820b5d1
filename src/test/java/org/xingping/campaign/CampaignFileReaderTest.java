package org.xingping.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CampaignFileReaderTest {

    static String reference() {
        try (InputStream in = CampaignFileReaderTest.class.getResourceAsStream("/demo/campaign-2021.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference file with one line replaced, so each test shows the one thing it breaks. */
    static String referenceWith(String line, String replacement) {
        String text = reference();
        assertThat(text).contains(line);
        return text.replace(line, replacement);
    }

    static List<String> problemsOf(String text) {
        return catchThrowableOfType(CampaignFileRefused.class, () -> CampaignFileReader.read(text)).problems().stream()
                .map(CampaignFileProblem::describe).toList();
    }

    @Test
    void readsTheReferenceCampaign() {
        CampaignFile campaign = CampaignFileReader.read(reference());

        assertThat(campaign.name()).isEqualTo("2021年度市直机关“逐支部观摩、整单位提升”观摩活动");
        assertThat(campaign.year()).isEqualTo(2021);
        assertThat(campaign.standardId()).isEqualTo("zmd-szjg-2021");
        assertThat(campaign.days()).containsExactly(LocalDate.of(2021, 11, 23), LocalDate.of(2021, 11, 24),
                LocalDate.of(2021, 11, 25), LocalDate.of(2021, 11, 26));
        assertThat(campaign.hours()).containsExactly(new VisitingHours(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new VisitingHours(LocalTime.of(14, 30), LocalTime.of(18, 0)));
        assertThat(campaign.groups()).isEqualTo(5);
        assertThat(campaign.membersPerGroup()).isEqualTo(4);
        assertThat(campaign.visit()).isEqualTo(new VisitMinutes(15, Map.of(5, 8, 4, 6)));
        assertThat(campaign.travel()).isEqualTo(new TravelRule(new BigDecimal("25"), new BigDecimal("1.3"), 5));
        assertThat(campaign.rules()).isEqualTo(new PlanRules(true, true, 2));
        assertThat(campaign.minutesPerDay()).isEqualTo(420);
        assertThat(campaign.capacityMinutes()).isEqualTo(8_400);
    }

    @Test
    void keepsTheTextAsGivenForStorageAndExport() {
        assertThat(CampaignFileReader.read(reference()).text()).isEqualTo(reference());
    }

    @Test
    void readsBytesWithAByteOrderMark() {
        byte[] text = reference().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(CampaignFileReader.read(withBom).groups()).isEqualTo(5);
    }

    @Nested
    class Refused {

        @Test
        void noDays() {
            assertThat(problemsOf(referenceWith("days: [2021-11-23, 2021-11-24, 2021-11-25, 2021-11-26]", "days: []")))
                    .containsExactly("days: 至少要有一个观摩日期（第 7 行）");
            assertThat(problemsOf(referenceWith("days: [2021-11-23, 2021-11-24, 2021-11-25, 2021-11-26]\n", "")))
                    .containsExactly("days: 缺少必填项（第 3 行）");
        }

        @Test
        void aDayTwiceOrNotADate() {
            assertThat(problemsOf(referenceWith("days: [2021-11-23, 2021-11-24, 2021-11-25, 2021-11-26]",
                    "days: [2021-11-23, 2021-11-24, 2021-11-23, 2021-11-31]")))
                    .containsExactly("days[2]: 与 days[0] 重复（2021-11-23）（第 7 行）",
                            "days[3]: 应为日期，如 2021-11-23，而不是“2021-11-31”（第 7 行）");
        }

        @Test
        void overlappingHours() {
            assertThat(problemsOf(referenceWith("  - {from: \"14:30\", to: \"18:00\"}", "  - {from: \"11:30\", to: \"18:00\"}")))
                    .containsExactly("hours[1]: 与 hours[0] 重叠（08:30–12:00 与 11:30–18:00）（第 10 行）");
        }

        @Test
        void hoursThatEndBeforeTheyStartOrAreNoTimes() {
            assertThat(problemsOf(referenceWith("  - {from: \"14:30\", to: \"18:00\"}", "  - {from: \"18:00\", to: \"14:30\"}")))
                    .containsExactly("hours[1]: 结束时间 14:30 应晚于开始时间 18:00（第 10 行）");
            assertThat(problemsOf(referenceWith("  - {from: \"14:30\", to: \"18:00\"}", "  - {from: \"14:30\", to: \"25:00\"}")))
                    .containsExactly("hours[1].to: 应为时刻 HH:MM，如 \"08:30\"，而不是“25:00”（第 10 行）");
        }

        @Test
        void negativeMinutes() {
            String text = referenceWith("  unit_briefing_minutes: 15", "  unit_briefing_minutes: -15")
                    .replace("branch_minutes: {5: 8, 4: 6}", "branch_minutes: {5: 8, 4: -6}")
                    .replace("same_site_minutes: 5", "same_site_minutes: -5");
            assertThat(problemsOf(text)).containsExactly(
                    "visit.unit_briefing_minutes: 不能为负数（-15）（第 14 行）",
                    "visit.branch_minutes.4: 不能为负数（-6）（第 15 行）",
                    "travel.same_site_minutes: 不能为负数（-5）（第 19 行）");
        }

        @Test
        void aLevelOutsideOneToFive() {
            assertThat(problemsOf(referenceWith("branch_minutes: {5: 8, 4: 6}", "branch_minutes: {6: 8, 4: 6}")))
                    .containsExactly("visit.branch_minutes.6: 星级应为 1 到 5 之间的整数，而不是“6”（第 15 行）");
        }

        @Test
        void unknownKeys() {
            assertThat(problemsOf(referenceWith("groups: 5", "groups: 5\ngroup_size: 4")))
                    .containsExactly("group_size: 未知的键（可用：format、name、year、standard、days、hours、groups、"
                            + "members_per_group、visit、travel、rules）（第 12 行）");
            assertThat(problemsOf(referenceWith("  no_own_unit: true", "  no_own_units: true")))
                    .singleElement().asString().startsWith("rules.no_own_units: 未知的键（可用：unit_in_one_block、no_own_unit、");
        }

        @Test
        void travelThatCannotBe() {
            assertThat(problemsOf(referenceWith("speed_kmh: 25", "speed_kmh: 0").replace("detour_factor: 1.3", "detour_factor: 0.8")))
                    .containsExactly("travel.speed_kmh: 应大于 0，而不是 0（第 17 行）",
                            "travel.detour_factor: 绕行系数不能小于 1（道路不会比直线短），而不是 0.8（第 18 行）");
        }

        @Test
        void noGroupsAndAnotherFormat() {
            assertThat(problemsOf(referenceWith("groups: 5", "groups: 0").replace("format: xingping-campaign/1", "format: xingping-campaign/2")))
                    .containsExactly("format: 应为 xingping-campaign/1，而不是“xingping-campaign/2”（第 3 行）",
                            "groups: 应为 1 到 1000 之间的整数，而不是 0（第 11 行）");
        }

        @Test
        void everyProblemAtOnce() {
            String text = referenceWith("days: [2021-11-23, 2021-11-24, 2021-11-25, 2021-11-26]", "days: []")
                    .replace("  - {from: \"14:30\", to: \"18:00\"}", "  - {from: \"11:30\", to: \"18:00\"}")
                    .replace("  unit_briefing_minutes: 15", "  unit_briefing_minutes: -15")
                    .replace("groups: 5", "groups: 5\ncolour: red");
            assertThat(problemsOf(text)).hasSize(4);
        }

        @Test
        void notUtf8() {
            byte[] gb18030 = reference().getBytes(Charset.forName("GB18030"));
            assertThat(catchThrowableOfType(CampaignFileRefused.class, () -> CampaignFileReader.read(gb18030)).problems())
                    .singleElement().extracting(CampaignFileProblem::describe).asString()
                    .startsWith("文件不是 UTF-8 编码");
        }

        @Test
        void syntax() {
            assertThat(problemsOf("days: [2021-11-23\n")).singleElement().asString().startsWith("YAML 语法错误");
            assertThat(problemsOf("")).containsExactly("文件为空");
        }
    }
}
