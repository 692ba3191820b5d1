package org.xingping.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.platform.DataScope;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.support.XingPingTest;

/**
 * The reference declarations imported into a campaign: 222 five-star and 490 four-star applications,
 * worded against 2020 as official writing words it; bad rows refused whole, with where and why.
 */
@XingPingTest
class DeclarationImportTests {

    @Autowired
    DeclarationImport importer;
    @Autowired
    DeclarationOverview overview;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    Campaign campaign;

    @BeforeEach
    void campaignOf2021() throws Exception {
        boolean first = campaigns.find(2021).isEmpty();
        campaign = CampaignFixtures.referenceCampaign(context, 2021);
        if (first) {
            importer.importCounts("declaration-counts-2020.csv", resource("declaration-counts-2020.csv"));
        }
    }

    @Test
    void theReferenceDeclarationsGiveTheOverviewAndTheComparisonWithLastYear() throws Exception {
        DeclarationImport.Imported first = importer.importFile(2021, "declarations-2021.csv",
                resource("declarations-2021.csv"), "gongwei");
        DeclarationImport.Imported again = importer.importFile(2021, "declarations-2021.csv",
                resource("declarations-2021.csv"), "gongwei");
        assertThat(first.total()).isEqualTo(712);
        assertThat(again.created()).as("importing again replaces").isZero();

        var figures = overview.of(campaign, DataScope.all());
        assertThat(figures.total()).isEqualTo(712);
        var five = figures.levels().get(0);
        var four = figures.levels().get(1);
        assertThat(five.level()).isEqualTo(5);
        assertThat(five.declared()).isEqualTo(222);
        assertThat(four.declared()).isEqualTo(490);
        assertThat(sentence(five)).isEqualTo("申报五星级222个，是上年的3.7倍（增长270%）");
        assertThat(sentence(four)).isEqualTo("申报四星级490个，是上年的2.5倍（增长150%）");
        assertThat(five.heldLastYear()).contains(52L);
    }

    @Test
    void refusesBadRowsWholeWithWhereAndWhy() {
        String file = String.join("\n", "支部编码,类型,现星级,申报星级,自评分,申报条件",
                "U001-B01,晋升,3,5,96,innovation",
                "U999-B01,晋升,3,4,90,",
                "U001-B02,保持,3,4,90,",
                "U001-B03,晋升,3,5,90,",
                "U001-P,晋升,0,4,90,") + "\n";
        long before = count();
        assertThatThrownBy(() -> importer.importFile(2021, "bad.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "gongwei"))
                .isInstanceOfSatisfying(TableRefused.class, refused -> assertThat(refused.problems())
                        .extracting(TableProblem::describe)
                        .anySatisfy(p -> assertThat(p).contains("第2行", "现星级 3 与系统记录不一致"))
                        .anySatisfy(p -> assertThat(p).contains("第3行", "U999-B01"))
                        .anySatisfy(p -> assertThat(p).contains("第4行", "保持"))
                        .anySatisfy(p -> assertThat(p).contains("第5行", "每次最多晋升 1 级"))
                        .anySatisfy(p -> assertThat(p).contains("第6行", "不是党支部")));
        assertThat(count()).isEqualTo(before);
    }

    private String sentence(DeclarationOverview.LevelFigures level) {
        String change = messages.getMessage(level.change().messageKey(), level.change().arguments(),
                Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage("overview.sentence", new Object[] {level.level(), level.declared(), change},
                Locale.SIMPLIFIED_CHINESE);
    }

    private long count() {
        return jdbc.sql("select count(*) from declaration").query(Long.class).single();
    }

    private static ByteArrayInputStream resource(String name) throws Exception {
        return new ByteArrayInputStream(new ClassPathResource("demo/" + name).getInputStream().readAllBytes());
    }
}
