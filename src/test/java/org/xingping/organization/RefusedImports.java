package org.xingping.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;

/**
 * Imports that must be refused: each call expects the refusal, checks that nothing of either file
 * was stored, and answers the problems as the import page and the command show them.
 */
final class RefusedImports {

    /** What the registry holds, row by row of each table an import writes. */
    record Stored(long units, long organizations, long levels) {
    }

    private final OrganizationImport importer;
    private final JdbcClient jdbc;

    RefusedImports(OrganizationImport importer, JdbcClient jdbc) {
        this.importer = importer;
        this.jdbc = jdbc;
    }

    List<String> ofUnits(TableSource file) {
        return of(Optional.of(file), Optional.empty());
    }

    List<String> ofOrganizations(TableSource file) {
        return of(Optional.empty(), Optional.of(file));
    }

    List<String> of(TableSource units, TableSource organizations) {
        return of(Optional.of(units), Optional.of(organizations));
    }

    List<String> of(Optional<TableSource> units, Optional<TableSource> organizations) {
        Stored before = stored();

        Throwable refused = catchThrowable(() -> importer.importTables(units, organizations));

        assertThat(refused).as("the import is refused").isInstanceOf(TableRefused.class);
        assertThat(stored()).as("nothing is stored").isEqualTo(before);
        return ((TableRefused) refused).problems().stream().map(TableProblem::describe).toList();
    }

    Stored stored() {
        return new Stored(count("unit"), count("party_organization"), count("organization_level"));
    }

    /** {@code count("unit where code = 'U106'")}. */
    long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }
}
