package org.xingping.platform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreFilter;
import org.xingping.support.WrittenClasses;

/**
 * Method security publishes the {@code @PreAuthorize} interceptor alone ({@link SecurityConfiguration}),
 * so any other method-security annotation would be read by nobody: a check that looks enforced
 * and is not. This keeps them out until their interceptor is published too.
 */
@AnalyzeClasses(packages = "org.xingping", importOptions = WrittenClasses.class)
class MethodSecurityAnnotationsTest {

    private static final String BECAUSE = "only @PreAuthorize has an interceptor (SecurityConfiguration.preAuthorize)";

    @ArchTest
    static final ArchRule noUnenforcedClassAnnotations = noClasses()
            .should().beAnnotatedWith(PostAuthorize.class)
            .orShould().beAnnotatedWith(PostFilter.class)
            .orShould().beAnnotatedWith(PreFilter.class)
            .orShould().beAnnotatedWith(Secured.class)
            .because(BECAUSE);

    @ArchTest
    static final ArchRule noUnenforcedMethodAnnotations = noMethods()
            .should().beAnnotatedWith(PostAuthorize.class)
            .orShould().beAnnotatedWith(PostFilter.class)
            .orShould().beAnnotatedWith(PreFilter.class)
            .orShould().beAnnotatedWith(Secured.class)
            .because(BECAUSE);
}
