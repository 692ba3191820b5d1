package org.xingping.platform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
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

    private static final Set<String> UNENFORCED = Set.of(PostAuthorize.class.getName(), PostFilter.class.getName(),
            PreFilter.class.getName(), Secured.class.getName());

    private static final DescribedPredicate<JavaAnnotation<?>> UNENFORCED_ANNOTATION = DescribedPredicate.describe(
            "@PostAuthorize, @PostFilter, @PreFilter or @Secured",
            annotation -> UNENFORCED.contains(annotation.getRawType().getName()));

    private static final String BECAUSE = "only @PreAuthorize has an interceptor (SecurityConfiguration.preAuthorize)";

    @ArchTest
    static final ArchRule noUnenforcedClassAnnotations = noClasses().should().beAnnotatedWith(UNENFORCED_ANNOTATION)
            .because(BECAUSE);

    @ArchTest
    static final ArchRule noUnenforcedMethodAnnotations = noMethods().should().beAnnotatedWith(UNENFORCED_ANNOTATION)
            .because(BECAUSE);
}
