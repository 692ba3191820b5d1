package org.xingping.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.xingping.platform.DataScope;
import org.xingping.support.XingPingTest;

/**
 * The registry's rules on a real database: the reference data imports, the tree stays a tree,
 * nothing with children or history is deleted, and reads never leave the caller's scope. Runs on
 * H2 here and on PostgreSQL in {@link OrganizationRegistryOnPostgresTests}.
 */
@XingPingTest
class OrganizationRegistryTests {

    @Autowired
    OrganizationImport importer;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void referenceData() {
        if (registry.unitByCode("U001").isEmpty()) {
            RegistryFixtures.importReference(importer);
        }
    }

    @Test
    void importsTheReferenceDataSet() {
        // Other test classes share this context's database: count the reference data's own rows.
        assertThat(count("unit where code between 'U001' and 'U105'")).isEqualTo(105);
        assertThat(count("party_organization o where exists (select 1 from unit u where u.id = o.unit_id"
                + " and u.code between 'U001' and 'U105') and o.code not like '%-B9_'")).isEqualTo(1066);
        assertThat(count("party_organization o where o.type = 'BRANCH' and exists (select 1 from unit u"
                + " where u.id = o.unit_id and u.code between 'U001' and 'U105') and o.code not like '%-B9_'"))
                .isEqualTo(921);
        PartyOrganization branch = registry.organizationByCode("U001-B01").orElseThrow();
        assertThat(branch.levelIn(2020)).contains(new OrganizationLevel(2020, 4, false));
        assertThat(registry.unitByCode("U001").orElseThrow().getLatitude()).isEqualByComparingTo("32.9818");
    }

    @Test
    void reimportingTheSameFilesChangesNothingButCountsUpdates() {
        ImportSummary again = RegistryFixtures.importReference(importer);
        assertThat(again.unitsCreated()).isZero();
        assertThat(again.organizationsCreated()).isZero();
        assertThat(again.organizations()).isEqualTo(1066);
        assertThat(count("party_organization")).isEqualTo(1066);
    }

    @Test
    void refusesAParentThatWouldCloseALoop() {
        PartyOrganization committee = registry.organizationByCode("U002-P").orElseThrow();
        PartyOrganization branch = registry.organizationByCode("U002-B01").orElseThrow();
        assertThatThrownBy(() -> registry.changeOrganization(committee.getId(), new OrganizationDetails("U002-P",
                "U002", "U002-B01", OrganizationType.ORGAN_COMMITTEE, committee.getName(), null, null, List.of())))
                .isInstanceOf(OrganizationRefused.class)
                .satisfies(e -> assertThat(((OrganizationRefused) e).messageKey()).isIn("rule.cycle",
                        "rule.parentIsBranch"));
        assertThat(registry.organization(branch.getId(), DataScope.all()).getParentId()).isEqualTo(committee.getId());
    }

    @Test
    void refusesABranchUnderAnotherUnitsCommittee() {
        assertThatThrownBy(() -> registry.createOrganization(new OrganizationDetails("U001-B99", "U001", "U002-P",
                OrganizationType.BRANCH, "第99党支部", null, 10, List.of())))
                .isInstanceOf(OrganizationRefused.class)
                .extracting(e -> ((OrganizationRefused) e).messageKey()).isEqualTo("rule.parentOtherUnit");
        assertThat(registry.organizationByCode("U001-B99")).isEmpty();
    }

    @Test
    void refusesToDeleteAnOrganisationWithChildrenOrHistory() {
        PartyOrganization committee = registry.organizationByCode("U001-P").orElseThrow();
        assertThatThrownBy(() -> registry.deleteOrganization(committee.getId()))
                .extracting(e -> ((OrganizationRefused) e).messageKey()).isEqualTo("organization.hasChildren");
        PartyOrganization branch = registry.organizationByCode("U001-B01").orElseThrow();
        assertThatThrownBy(() -> registry.deleteOrganization(branch.getId()))
                .extracting(e -> ((OrganizationRefused) e).messageKey()).isEqualTo("organization.hasHistory");
        Unit unit = registry.unitByCode("U001").orElseThrow();
        assertThatThrownBy(() -> registry.deleteUnit(unit.getId()))
                .extracting(e -> ((OrganizationRefused) e).messageKey()).isEqualTo("unit.hasOrganizations");
    }

    @Test
    void deletesANewBranchWithoutHistory() {
        PartyOrganization created = registry.createOrganization(new OrganizationDetails("U003-B98", "U003", "U003-P",
                OrganizationType.BRANCH, "市委组织部第98党支部", "张三", 9, List.of()));
        registry.deleteOrganization(created.getId());
        assertThat(registry.organizationByCode("U003-B98")).isEmpty();
    }

    @Test
    void aUnitScopeSeesOnlyItsUnit() {
        Unit own = registry.unitByCode("U001").orElseThrow();
        DataScope scope = DataScope.unit(own.getId());
        var page = registry.organizations(OrganizationQuery.everything(), scope, PageRequest.of(0, 100));
        assertThat(page.getContent()).isNotEmpty().allMatch(row -> row.unitCode().equals("U001"));
        assertThat(registry.unitNodes(scope)).extracting(TreeNode::code).containsExactly("U001");
        PartyOrganization foreign = registry.organizationByCode("U002-B01").orElseThrow();
        assertThatThrownBy(() -> registry.organization(foreign.getId(), scope))
                .isInstanceOf(AccessDeniedException.class);
        Unit other = registry.unitByCode("U002").orElseThrow();
        assertThatThrownBy(() -> registry.childNodes(other.getId(), null, scope))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBranchScopeSeesOnlyItsBranch() {
        PartyOrganization own = registry.organizationByCode("U001-B02").orElseThrow();
        DataScope scope = DataScope.organization(own.getUnitId(), own.getId());
        var page = registry.organizations(OrganizationQuery.everything(), scope, PageRequest.of(0, 100));
        assertThat(page.getContent()).extracting(OrganizationRow::code).containsExactly("U001-B02");
        PartyOrganization sibling = registry.organizationByCode("U001-B01").orElseThrow();
        assertThatThrownBy(() -> registry.organization(sibling.getId(), scope))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesCoordinatesOutsideChinaAndSwappedOnes() {
        assertThatThrownBy(() -> registry.createUnit(new UnitDetails("U900", "测试单位", "市直", null,
                new BigDecimal("60.2"), new BigDecimal("114.05"))))
                .extracting(e -> ((OrganizationRefused) e).messageKey()).isEqualTo("rule.coordinateOutsideChina");
        assertThatThrownBy(() -> registry.createUnit(new UnitDetails("U900", "测试单位", "市直", null,
                new BigDecimal("114.05"), new BigDecimal("32.98"))))
                .extracting(e -> ((OrganizationRefused) e).messageKey()).isEqualTo("rule.coordinatesSwapped");
        assertThat(registry.unitByCode("U900")).isEmpty();
    }

    @Test
    void searchesAndFiltersTheList() {
        var byText = registry.organizations(new OrganizationQuery("毛强桂", null, null, null, null, null),
                DataScope.all(), PageRequest.of(0, 10));
        assertThat(byText.getContent()).extracting(OrganizationRow::code).contains("U001-B01");
        var fiveStars = registry.organizations(new OrganizationQuery(null, null, null, null, 2020, 5),
                DataScope.all(), PageRequest.of(0, 100));
        assertThat(fiveStars.getTotalElements()).isEqualTo(52);
        PartyOrganization committee = registry.organizationByCode("U001-P").orElseThrow();
        var under = registry.organizations(new OrganizationQuery(null, null, committee.getId(), null, null, null),
                DataScope.all(), PageRequest.of(0, 100));
        assertThat(under.getContent()).allMatch(row -> row.unitCode().equals("U001"));
        assertThat(under.getTotalElements()).isEqualTo(13);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @SuppressWarnings("unused")
    private static Optional<TableSource> none() {
        return Optional.empty();
    }
}
