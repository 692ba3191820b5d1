package org.xingping.support;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The application's own classes: no tests, and none of those Spring's ahead-of-time processing generates into
 * {@code target/classes} when the jar is built ({@code …__BeanDefinitions}, {@code …__Autowiring},
 * {@code XingPingApplication__BeanFactoryRegistrations}, {@code …$$SpringCGLIB$$…}): they wire every
 * module to every other, which is the container's business, not a dependency the code has. A test
 * run after {@code package} (the README's run command, then its test command) finds them there.
 */
public final class WrittenClasses implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                && !location.contains("__") && !location.contains("$$SpringCGLIB$$");
    }
}
