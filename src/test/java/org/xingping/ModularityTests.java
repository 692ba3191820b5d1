package org.xingping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.xingping.support.WrittenClasses;

/** The modules of design.md: no cycles, no reach into another module's internals; and their diagram. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(XingPingApplication.class, new WrittenClasses());

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Reporting reads every module, so a module that used it would close a cycle; and a report must
     * never be what a workflow step depends on. Modulith catches the cycle only once reporting
     * reaches back; this catches the first step.
     */
    static final ArchRule NOTHING_DEPENDS_ON_REPORTING = noClasses().that().resideOutsideOfPackage("org.xingping.reporting..")
            .should().dependOnClassesThat().resideInAPackage("org.xingping.reporting..");

    @Test
    void nothingDependsOnReporting() {
        NOTHING_DEPENDS_ON_REPORTING.check(new ClassFileImporter()
                .withImportOption(new WrittenClasses())
                .importPackages("org.xingping"));
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
