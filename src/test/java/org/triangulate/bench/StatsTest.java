package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesUseTheNearestRank() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray(); // 100 .. 1, unsorted
        assertThat(Stats.percentile(values, 50)).isEqualTo(50);
        assertThat(Stats.percentile(values, 95)).isEqualTo(95);
        assertThat(Stats.percentile(values, 99)).isEqualTo(99);
        assertThat(Stats.percentile(new double[]{7, 3, 5}, 95)).isEqualTo(7);
        assertThat(values[0]).as("the input is not sorted in place").isEqualTo(100);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
