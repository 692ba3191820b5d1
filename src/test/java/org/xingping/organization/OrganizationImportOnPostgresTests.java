package org.xingping.organization;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.support.PostgresDatabase;
import org.xingping.support.XingPingTest;

/**
 * The bad inputs of {@link OrganizationImportBadInputTests} whose outcome rests on the database,
 * on a real PostgreSQL: the loop check reads the stored tree through SQL, and PostgreSQL refuses
 * text that H2 stores.
 */
@XingPingTest
@PostgresDatabase
class OrganizationImportOnPostgresTests {

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

    @Test
    void refusesARowThatClosesALoopThroughStoredOrganisations() {
        OrganizationImportBadInputTests.refusesALoopThroughStoredOrganisations(imports, jdbc);
    }

    @Test
    void refusesANulCharacterHiddenInAWorkbookCell() {
        OrganizationImportBadInputTests.refusesANulCharacterInAWorkbookCell(imports);
    }
}
