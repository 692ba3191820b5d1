package org.xingping.standard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.xingping.support.WrittenClasses;

/**
 * "No binary floating point anywhere on the path from a score to a star": no class of the standard
 * module may declare, take, return, read or call anything typed {@code double}, {@code float},
 * {@code Double} or {@code Float} — which also catches {@code BigDecimal.valueOf(double)},
 * {@code doubleValue()} and {@code new BigDecimal(double)}. (Bytecode arithmetic on a local that
 * never meets a field, parameter or call is out of ArchUnit's sight; every way a score gets in or
 * out is covered.)
 */
@AnalyzeClasses(packages = "org.xingping.standard", importOptions = WrittenClasses.class)
class NoBinaryFloatingPointTest {

    private static final Set<String> FLOATING = Set.of("double", "float", Double.class.getName(), Float.class.getName());

    @ArchTest
    static final ArchRule noBinaryFloatingPointInTheStandardModule = noClasses()
            .that().resideInAPackage("org.xingping.standard..")
            // The printed scoring sheet lays out a page in points; no score passes through it.
            .and().resideOutsideOfPackage("org.xingping.standard.web..")
            .should(useBinaryFloatingPoint())
            .because("scores, totals and thresholds are exact decimals (standard-format.md)");

    private static ArchCondition<JavaClass> useBinaryFloatingPoint() {
        return new ArchCondition<>("use double, float, Double or Float") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaField field : javaClass.getFields()) {
                    report(events, javaClass, isFloating(field.getRawType()), field.getFullName() + " is of type " + field.getRawType().getName());
                }
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    report(events, javaClass, isFloating(unit.getRawReturnType()), unit.getFullName() + " returns " + unit.getRawReturnType().getName());
                    for (JavaClass parameter : unit.getRawParameterTypes()) {
                        report(events, javaClass, isFloating(parameter), unit.getFullName() + " takes " + parameter.getName());
                    }
                    for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                        report(events, javaClass, touchesFloating(access), access.getDescription());
                    }
                }
            }
        };
    }

    private static void report(ConditionEvents events, JavaClass javaClass, boolean violated, String message) {
        if (violated) {
            events.add(SimpleConditionEvent.satisfied(javaClass, message));
        }
    }

    private static boolean touchesFloating(JavaAccess<?> access) {
        if (isFloating(access.getTargetOwner())) {
            return true;
        }
        return access.getTarget().resolveMember().map(member -> {
            if (member instanceof JavaCodeUnit unit) {
                return isFloating(unit.getRawReturnType())
                        || unit.getRawParameterTypes().stream().anyMatch(NoBinaryFloatingPointTest::isFloating);
            }
            return member instanceof JavaField field && isFloating(field.getRawType());
        }).orElse(false);
    }

    private static boolean isFloating(JavaType type) {
        return FLOATING.contains(type.toErasure().getName());
    }

}
