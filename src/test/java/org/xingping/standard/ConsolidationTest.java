package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsolidationTest {

    private static BigDecimal consolidate(Consolidation consolidation, String scores) {
        BigDecimal[] values = Arrays.stream(scores.split(" ")).map(BigDecimal::new).toArray(BigDecimal[]::new);
        return consolidation.consolidate(values, values.length);
    }

    @ParameterizedTest(name = "{0} of {1} = {2}")
    @CsvSource({
            "MEAN,         4 4 3.5,          3.8333",
            "MEAN,         0.00005 0,        0.0000",
            "MEAN,         0.0001 0,         0.0001",
            "MEAN,         0.03125 0.03125,  0.0313",
            "MEAN,         1 2 2 2,          1.7500",
            "MEDIAN,       5 1 3,            3.0000",
            "MEDIAN,       1 2 4 10,         3.0000",
            "MEDIAN,       1 2 3.00005 10,   2.5000",
            "MEDIAN,       0.0001 0 0 0.0002,0.0001",
            "TRIMMED_MEAN, 10 0 5 5,         5.0000",
            "TRIMMED_MEAN, 10 0 5 5 6,       5.3333",
            "TRIMMED_MEAN, 1 1 1 9 9 9,      5.0000",
            "TRIMMED_MEAN, 7,                7.0000",
    })
    void consolidatesRoundingOnceToFourPlacesHalfUp(Consolidation consolidation, String scores, String expected) {
        BigDecimal consolidated = consolidate(consolidation, scores);
        assertThat(consolidated).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void anItemWithoutScoresCannotBeConsolidated() {
        assertThatThrownBy(() -> Consolidation.MEAN.consolidate(new BigDecimal[0], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScorersArrayIsLeftAsItWas() {
        BigDecimal[] scores = {BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE};
        Consolidation.TRIMMED_MEAN.consolidate(scores, 5);
        assertThat(scores).containsExactly(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE);
    }
}
