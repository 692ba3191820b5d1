package org.xingping.organization;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/** Table files of the registry as tests use them: the reference data set, and small files by intent. */
public final class RegistryFixtures {

    private RegistryFixtures() {
    }

    /** The reference units.csv (105 units) the product ships as demo data. */
    public static TableSource referenceUnits() {
        return resource("units.csv");
    }

    /** The reference organizations.csv (1,066 organisations). */
    public static TableSource referenceOrganizations() {
        return resource("organizations.csv");
    }

    /** A CSV file with the given lines, in UTF-8. */
    public static TableSource csv(String fileName, String... lines) {
        return csv(fileName, StandardCharsets.UTF_8, lines);
    }

    public static TableSource csv(String fileName, Charset charset, String... lines) {
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        return new TableSource(fileName, () -> new ByteArrayInputStream(bytes));
    }

    /** Imports the reference units and organisations. */
    public static ImportSummary importReference(OrganizationImport importer) {
        return importer.importTables(Optional.of(referenceUnits()), Optional.of(referenceOrganizations()));
    }

    private static TableSource resource(String name) {
        ClassPathResource resource = new ClassPathResource("demo/" + name);
        return new TableSource(name, resource::getInputStream);
    }
}
