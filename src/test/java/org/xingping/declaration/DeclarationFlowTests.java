package org.xingping.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.organization.RegistryFixtures;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.files.FileRefused;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Standards;
import org.xingping.standard.library.RatingStandardManagement;
import org.xingping.support.XingPingTest;

/**
 * A declaration from draft to forwarded on a real database: self-assessment with evidence and a
 * claim, submission refused while a rule is broken, the unit returns it, the branch resubmits,
 * the unit forwards; and nothing that should be refused gets in. Runs on PostgreSQL in the subclass.
 */
@XingPingTest
class DeclarationFlowTests {

    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    DeclarationManagement declarations;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    RatingStandardManagement standards;
    @Autowired
    OrganizationImport importer;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    JdbcClient jdbc;

    RatingStandard standard;

    @BeforeEach
    void campaignOf2040() {
        if (registry.unitByCode("U001").isEmpty()) {
            RegistryFixtures.importReference(importer);
        }
        if (standards.find("zmd-szjg-2021").isEmpty()) {
            standards.upload(Standards.referenceFile());
        }
        if (campaigns.find(2040).isEmpty()) {
            campaigns.open(CampaignFixtures.openIn(2040, Set.of(unit("U001"), unit("U002"))));
        }
        campaigns.makeCurrent(2040);
        standard = standards.standard("zmd-szjg-2021");
    }

    @Test
    void aBranchDeclaresTheUnitReturnsItTheBranchResubmitsAndTheUnitForwards() {
        CurrentUser branch = secretaryOf("U001-B03");
        Declaration declaration = declarations.start(branch, DeclarationKind.PROMOTE, 4);
        assertThat(declaration.getCurrentLevel()).as("U001-B03 held 3 stars in 2020").isEqualTo(3);

        assertThatThrownBy(() -> declarations.submit(declaration.getId(), branch))
                .isInstanceOfSatisfying(SubmissionRefused.class, refused -> assertThat(refused.refusals())
                        .extracting(DeclarationRefused::messageKey).contains("policy.complete", "policy.evidence"));

        assessFullyWithEvidence(declaration.getId(), branch);
        SelfScore score = declarations.selfScore(declarations.read(declaration.getId(), branch));
        assertThat(score.complete()).isTrue();
        assertThat(score.total()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("110.00"));

        declarations.submit(declaration.getId(), branch);
        CurrentUser unit = committeeOf("U001");
        assertThatThrownBy(() -> declarations.returnToBranch(declaration.getId(), unit, " "))
                .isInstanceOf(DeclarationRefused.class);
        declarations.returnToBranch(declaration.getId(), unit, "B3 培训记录不全，请补充");
        assertThat(declarations.read(declaration.getId(), branch).getStatus()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(unreadFor("U001-B03")).isPositive();

        declarations.assess(declaration.getId(), branch, "B3", "1", "补充了一名党员的学时");
        declarations.submit(declaration.getId(), branch);
        declarations.forward(declaration.getId(), unit, null);

        assertThat(declarations.read(declaration.getId(), unit).getStatus()).isEqualTo(DeclarationStatus.FORWARDED);
        assertThat(declarations.rounds(declaration.getId())).extracting(PreReviewRound::decision)
                .containsExactly("RETURNED", "FORWARDED");
        assertThat(declarations.rounds(declaration.getId()).get(0).comment()).isEqualTo("B3 培训记录不全，请补充");
    }

    @Test
    void aBranchCannotTouchAnotherBranchsDeclaration() {
        CurrentUser owner = secretaryOf("U001-B04");
        Declaration declaration = declarations.start(owner, DeclarationKind.PROMOTE, 3);
        CurrentUser other = secretaryOf("U001-B07");
        assertThatThrownBy(() -> declarations.assess(declaration.getId(), other, "A1", "0", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.read(declaration.getId(), secretaryOf("U002-B01")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.forward(declaration.getId(), committeeOf("U002"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesValuesOutsideTheRuleAndItemsNotInTheStandardStoringNothing() {
        CurrentUser branch = secretaryOf("U001-B08");
        Declaration declaration = declarations.start(branch, DeclarationKind.PROMOTE, 3);
        assertThatThrownBy(() -> declarations.assess(declaration.getId(), branch, "Z9", "1", null))
                .isInstanceOfSatisfying(DeclarationRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("declaration.unknownItem"));
        assertThatThrownBy(() -> declarations.assess(declaration.getId(), branch, "B1", "极好", null))
                .isInstanceOfSatisfying(DeclarationRefused.class,
                        refused -> assertThat(refused.arguments()[1].toString()).contains("没有等次“极好”"));
        assertThatThrownBy(() -> declarations.assess(declaration.getId(), branch, "A1", "-1", null))
                .isInstanceOf(DeclarationRefused.class);
        assertThatThrownBy(() -> declarations.assess(declaration.getId(), branch, "B4", "3.3", null))
                .isInstanceOf(DeclarationRefused.class);
        assertThat(declarations.read(declaration.getId(), branch).entries()).isEmpty();
    }

    @Test
    void refusesEvidenceThatLiesAboutItsTypeOrIsEmpty() {
        CurrentUser branch = secretaryOf("U001-B10");
        Declaration declaration = declarations.start(branch, DeclarationKind.PROMOTE, 5);
        assertThatThrownBy(() -> declarations.addEvidence(declaration.getId(), branch, EvidenceFile.ITEM, "A1",
                "批复.pdf", new ByteArrayInputStream("MZ this is a program".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(FileRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("file.wrongType"));
        assertThatThrownBy(() -> declarations.addEvidence(declaration.getId(), branch, EvidenceFile.ITEM, "A1",
                "空.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(FileRefused.class);
        assertThatThrownBy(() -> declarations.addEvidence(declaration.getId(), branch, EvidenceFile.CLAIM, "innovation",
                "项目.pdf", new ByteArrayInputStream(PDF)))
                .as("a claim not made has no evidence").isInstanceOf(DeclarationRefused.class);
        byte[] tooLarge = new byte[(int) org.xingping.platform.files.FileUploads.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> declarations.addEvidence(declaration.getId(), branch, EvidenceFile.ITEM, "A1",
                "扫描件.pdf", new ByteArrayInputStream(tooLarge)))
                .isInstanceOfSatisfying(FileRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("file.tooLarge"));
        assertThat(declarations.evidence(declaration.getId())).isEmpty();
    }

    @Test
    void refusesASecondDeclarationAndAPromotionOfTwoLevels() {
        CurrentUser branch = secretaryOf("U002-B03");
        Declaration declaration = declarations.start(branch, DeclarationKind.PROMOTE, 5);
        assertThatThrownBy(() -> declarations.start(branch, DeclarationKind.PROMOTE, 4))
                .isInstanceOfSatisfying(DeclarationRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("policy.onePerBranch"));
        assessFullyWithEvidence(declaration.getId(), branch);
        assertThatThrownBy(() -> declarations.submit(declaration.getId(), branch))
                .isInstanceOfSatisfying(SubmissionRefused.class, refused -> assertThat(refused.refusals())
                        .extracting(DeclarationRefused::messageKey).containsExactly("policy.promotionStepSkip"));
        assertThat(declarations.read(declaration.getId(), branch).getStatus()).isEqualTo(DeclarationStatus.DRAFT);
    }

    @Test
    void refusesASubmissionAfterTheDeadline() {
        if (campaigns.find(2019).isEmpty()) {
            campaigns.open(CampaignFixtures.openIn(2019, Set.of(unit("U001"))));
        }
        campaigns.makeCurrent(2019);
        CurrentUser branch = secretaryOf("U001-B11");
        Declaration declaration = declarations.start(branch, DeclarationKind.FIRST, 3);
        assertThatThrownBy(() -> declarations.submit(declaration.getId(), branch))
                .isInstanceOfSatisfying(SubmissionRefused.class, refused -> assertThat(refused.refusals())
                        .extracting(DeclarationRefused::messageKey).contains("policy.deadline"));
    }

    private void assessFullyWithEvidence(long id, CurrentUser branch) {
        for (Item item : standard.items()) {
            declarations.assess(id, branch, item.code(), DeclarationFixtures.bestValue(item), null);
            if (!item.evidence().isEmpty()) {
                declarations.addEvidence(id, branch, EvidenceFile.ITEM, item.code(), item.code() + ".pdf",
                        new ByteArrayInputStream(PDF));
            }
        }
    }

    private CurrentUser secretaryOf(String branchCode) {
        PartyOrganization branch = registry.organizationByCode(branchCode).orElseThrow();
        long id = account(branchCode.toLowerCase() + "-t", Role.BRANCH_SECRETARY, branch.getUnitId(), branch.getId());
        return new CurrentUser(id, branchCode.toLowerCase() + "-t", "书记", Role.BRANCH_SECRETARY, branch.getUnitId(),
                branch.getId(), false, false, true, null);
    }

    private CurrentUser committeeOf(String unitCode) {
        long unit = unit(unitCode);
        long id = account(unitCode.toLowerCase() + "-t", Role.UNIT_COMMITTEE, unit, null);
        return new CurrentUser(id, unitCode.toLowerCase() + "-t", "党委", Role.UNIT_COMMITTEE, unit, null, false, false,
                true, null);
    }

    /** An account row for notifications to reach; the tests act through CurrentUser directly. */
    private long account(String username, Role role, Long unitId, Long organizationId) {
        return jdbc.sql("select id from user_account where username = :name").param("name", username)
                .query(Long.class).optional().orElseGet(() -> {
                    jdbc.sql("""
                            insert into user_account (username, display_name, password_hash, role, unit_id,
                                                      organization_id, enabled, must_change_password, failed_logins,
                                                      created_at, version)
                            values (:name, :name, '{noop}x', :role, :unit, :organization, true, false, 0,
                                    current_timestamp, 0)""")
                            .param("name", username).param("role", role.name()).param("unit", unitId)
                            .param("organization", organizationId).update();
                    return jdbc.sql("select id from user_account where username = :name").param("name", username)
                            .query(Long.class).single();
                });
    }

    private long unreadFor(String branchCode) {
        return jdbc.sql("select count(*) from notification n join user_account a on a.id = n.user_id"
                        + " where a.username = :name and n.read_at is null")
                .param("name", branchCode.toLowerCase() + "-t").query(Long.class).single();
    }

    private long unit(String code) {
        return registry.unitByCode(code).orElseThrow().getId();
    }
}
