package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.xingping.XingPingApplication;

/** The standard module depends on no other module but the platform (for its table reader); ModularityTests verifies the rest. */
class StandardModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(XingPingApplication.class);

    @Test
    void theStandardModuleUsesNoOtherModuleButThePlatformsTableReader() {
        ApplicationModule standard = MODULES.getModuleByName("standard").orElseThrow();
        assertThat(standard.getBootstrapDependencies(MODULES)).isEmpty();
        assertThat(standard.getDirectDependencies(MODULES).uniqueModules())
                .extracting(module -> module.getIdentifier().toString()).containsOnly("platform");
    }
}
