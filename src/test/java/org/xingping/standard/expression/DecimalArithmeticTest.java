package org.xingping.standard.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class DecimalArithmeticTest {

    @Property
    void aQuotientTimesTheDivisorGivesBackTheDividendWhenTheDivisionTerminates(
            @ForAll @Scale(4) @BigRange(min = "-1000", max = "1000") BigDecimal dividend,
            @ForAll("powersOfTwoAndFive") BigDecimal divisor) {
        assertThat(DecimalArithmetic.divide(dividend, divisor).multiply(divisor)).isEqualByComparingTo(dividend);
    }

    @Property
    void aNonTerminatingQuotientHas34SignificantDigits(@ForAll @BigRange(min = "1", max = "1000") @Scale(0) BigDecimal dividend) {
        BigDecimal seven = BigDecimal.valueOf(7);
        BigDecimal quotient = DecimalArithmetic.divide(dividend, seven);
        if (dividend.remainder(seven).signum() != 0) {
            assertThat(quotient.precision()).isEqualTo(34);
        } else {
            assertThat(quotient.multiply(seven)).isEqualByComparingTo(dividend);
        }
    }

    @Provide
    Arbitrary<BigDecimal> powersOfTwoAndFive() {
        return Arbitraries.integers().between(0, 60).flatMap(twos ->
                Arbitraries.integers().between(0, 20).map(fives ->
                        BigDecimal.valueOf(2).pow(twos).multiply(BigDecimal.valueOf(5).pow(fives))));
    }
}
