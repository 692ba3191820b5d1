package org.xingping.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.RegistryFixtures;
import org.xingping.platform.AppSettings;
import org.xingping.platform.DataScope;
import org.xingping.platform.files.FileRefused;
import org.xingping.standard.Standards;
import org.xingping.standard.library.RatingStandardManagement;
import org.xingping.support.XingPingTest;

/** Opening a campaign year: one a year, a calendar in order, the standard frozen, documents for those in scope. */
@XingPingTest
class CampaignTests {

    @Autowired
    CampaignManagement campaigns;
    @Autowired
    RatingStandardManagement standards;
    @Autowired
    OrganizationImport importer;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    AppSettings settings;

    @BeforeEach
    void referenceData() {
        if (registry.unitByCode("U001").isEmpty()) {
            RegistryFixtures.importReference(importer);
        }
        if (standards.find("zmd-szjg-2021").isEmpty()) {
            standards.upload(Standards.referenceFile());
        }
    }

    @Test
    void openingACampaignFreezesItsStandardAndMakesItCurrent() {
        Campaign campaign = campaigns.open(CampaignFixtures.openIn(2031, only("U001")));
        assertThat(standards.require("zmd-szjg-2021").isFrozen()).isTrue();
        assertThat(settings.campaignYear()).isEqualTo(2031);
        assertThat(campaign.includesUnit(unit("U001"))).isTrue();
        assertThat(campaign.includesUnit(unit("U002"))).isFalse();
        assertThat(campaign.phaseOn(LocalDate.of(2031, 10, 1))).isEqualTo(CampaignPhase.DECLARATION);
        assertThat(campaign.phaseOn(LocalDate.of(2031, 11, 24))).isEqualTo(CampaignPhase.OBSERVATION);
    }

    @Test
    void thereIsOneCampaignAYear() {
        campaigns.open(CampaignFixtures.openIn(2032, only("U001")));
        assertThatThrownBy(() -> campaigns.open(CampaignFixtures.openIn(2032, only("U002"))))
                .isInstanceOfSatisfying(CampaignRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("campaign.yearTaken"));
    }

    @Test
    void refusesACalendarOutOfOrder() {
        CampaignCalendar backwards = new CampaignCalendar(LocalDate.of(2033, 11, 10), LocalDate.of(2033, 11, 1),
                LocalDate.of(2033, 11, 20), LocalDate.of(2033, 11, 23), LocalDate.of(2033, 12, 10),
                LocalDate.of(2033, 12, 20));
        assertThatThrownBy(() -> campaigns.open(new CampaignManagement.OpenCampaign(2033, "倒序", "zmd-szjg-2021",
                backwards, only("U001"))))
                .isInstanceOfSatisfying(CampaignRefused.class,
                        refused -> assertThat(refused.arguments()).containsExactly("preReviewDeadline"));
        assertThat(campaigns.find(2033)).isEmpty();
    }

    @Test
    void documentsAreCheckedByContentAndReadOnlyWithinTheScope() throws Exception {
        campaigns.open(CampaignFixtures.openIn(2034, only("U001")));
        byte[] pdf = "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.ISO_8859_1);
        CampaignDocument plan = campaigns.addDocument(2034, "实施方案", "实施方案.pdf", new ByteArrayInputStream(pdf));
        assertThat(plan.contentType()).isEqualTo("application/pdf");
        try (InputStream in = campaigns.openDocument(plan.id(), DataScope.unit(unit("U001")))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> campaigns.openDocument(plan.id(), DataScope.unit(unit("U002"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.addDocument(2034, "伪装", "工作细则.pdf",
                new ByteArrayInputStream("not a pdf at all".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(FileRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("file.wrongType"));
        assertThatThrownBy(() -> campaigns.addDocument(2034, "空文件", "空.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(FileRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("file.empty"));
        assertThat(campaigns.documents(2034)).hasSize(1);
    }

    private Set<Long> only(String unitCode) {
        return Set.of(unit(unitCode));
    }

    private long unit(String code) {
        return registry.unitByCode(code).orElseThrow().getId();
    }
}
