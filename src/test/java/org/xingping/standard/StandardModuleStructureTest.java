package org.xingping.standard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.xingping.XingPingApplication;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.xingping.support.WrittenClasses;

/**
 * The engine is plain Java: the standard module's root, its engine, expression, loading and
 * command and tables packages use neither Spring nor any module but the platform's table reader. Only the
 * stored standards ({@code library}) and the pages ({@code web}) meet Spring and the database.
 */
class StandardModuleStructureTest {

    private static final JavaClasses STANDARD = new ClassFileImporter()
            .withImportOption(new WrittenClasses())
            .importPackages("org.xingping.standard");

    static final ArchRule ENGINE_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("org.xingping.standard")
            .or().resideInAnyPackage("org.xingping.standard.engine..", "org.xingping.standard.expression..",
                    "org.xingping.standard.loading..", "org.xingping.standard.cli..",
                    "org.xingping.standard.tables..")
            // package-info carries the module's own Modulith annotations
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                    "org.xingping.organization..", "org.xingping.demo..", "org.xingping.standard.library..",
                    "org.xingping.standard.web..")
            .orShould().dependOnClassesThat().resideInAPackage("org.xingping.platform")
            .because("the engine evaluates a standard with no Spring and no database");

    @Test
    void theEngineIsPlainJava() {
        ENGINE_IS_PLAIN_JAVA.check(STANDARD);
    }

    @Test
    void theModuleUsesNoOtherModuleButThePlatform() {
        ApplicationModules modules = ApplicationModules.of(XingPingApplication.class);
        ApplicationModule standard = modules.getModuleByName("standard").orElseThrow();
        assertThat(standard.getDirectDependencies(modules).uniqueModules())
                .extracting(module -> module.getIdentifier().toString()).containsOnly("platform");
    }
}
