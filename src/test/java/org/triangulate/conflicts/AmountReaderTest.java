package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountReaderTest {

    private final AmountReader reader = new AmountReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the campaign involved more than 10,000 emails being sent | 10000.0000001 | Infinity | COUNT:email/sent",
            "with thousands of emails sent as part of the operation | 2000 | 9999 | COUNT:email/sent",
            "a pattern of intrusions spanning over a decade | 10.0000001 | Infinity | DURATION:years",
            "details of a 14-year cyberespionage campaign | 14 | 14 | DURATION:years",
            "charged seven Chinese nationals over the scheme | 7 | 7 | COUNT:people/charged",
            "about 4,000 people were evacuated | 3600 | 4400 | COUNT:people/displaced",
            "up to 20,000 people may have fled | 0 | 20000 | COUNT:people",
            "between 18,000 and 20,000 people attended | 18000 | 20000 | COUNT:people",
            "at least 41 people were killed in the quake | 41 | Infinity | COUNT:people/killed",
            "dozens of people died when the building fell | 24 | 99 | COUNT:people/killed",
            "the death toll rose to 57 on Friday | 57 | 57 | COUNT:people/killed",
            "rescuers said 12 remain missing | 12 | 12 | COUNT:people/missing",
            "hackers monitored some accounts for years | 2 | Infinity | DURATION:years",
            "Chinese hackers targeted various entities over many years | 3 | Infinity | DURATION:years",
    })
    void readsTheAmountAndWhatItMeasures(String text, double low, double high, String measure) {
        List<StatedAmount> found = reader.read(text);
        assertThat(found).as(text).hasSize(1);
        StatedAmount a = found.get(0);
        assertThat(a.amount().low()).isCloseTo(low, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(a.amount().high()).isEqualTo(high, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(a.measure().key()).isEqualTo(measure);
    }

    @Test
    void twoCountsJoinedByAndAreTwoCountsNotARange() {
        List<StatedAmount> found = reader.read("Two individuals and one company linked to the group have been hit with sanctions.");
        assertThat(found).extracting(a -> a.amount().describe() + " " + a.measure().thing())
                .containsExactly("2 people", "1 company");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the two nations, along with New Zealand, are part of the network",
            "He was one of several MPs sanctioned in 2021.",
            "A 41-year-old man was arrested.",
            "The group known as APT31 was named.",
            "It happened five years ago.",
    })
    void figuresThatCountNothingAreNotAmounts(String text) {
        assertThat(reader.read(text)).as(text).isEmpty();
    }

    @Test
    void lowerBoundsKeepTheirFigure() {
        StatedAmount a = reader.read("more than 50 people died").get(0);
        assertThat(a.amount().isLowerBound()).isTrue();
        assertThat(a.amount().anchor()).isEqualTo(50);
    }
}
