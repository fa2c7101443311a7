package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.conflicts.Statements.detect;
import static org.triangulate.conflicts.Statements.of;
import static org.triangulate.conflicts.Statements.published;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateConflictsTest {

    @Test
    void weekdaysResolvedAgainstPublicationDatesThatDifferByADayAreMedium() {
        List<Conflict> found = detect(
                published("a.txt", "g1", "The quake struck on Sunday night near the coast.", LocalDate.of(2023, 2, 7)),
                published("b.txt", "g1", "The quake struck early Monday near the coast.", LocalDate.of(2023, 2, 7)));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.DATE);
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(c.variants()).extracting(Variant::value).containsExactly("2023-02-05 (Sunday)", "2023-02-06 (Monday)");
        });
    }

    @Test
    void differentYearsForOneEventAreHigh() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The group first targeted the ministry in 2019."),
                of("b.txt", "g1", "The group first targeted the ministry in 2021."));
        assertThat(found).singleElement().extracting(Conflict::severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void aPeriodInsideARangeIsNotAConflict() {
        assertThat(detect(
                of("a.txt", "g1", "From 2021-2022 the group had targeted lawmakers."),
                of("b.txt", "g1", "The group targeted lawmakers in 2022."))).isEmpty();
    }

    @Test
    void aVaguePeriodCannotContradictADate() {
        assertThat(detect(
                of("a.txt", "g1", "London said that from 2021 to 2022 the group had targeted lawmakers."),
                of("b.txt", "g1", "The office had been compromised around the same period."))).isEmpty();
    }

    @Test
    void datesInDifferentClaimGroupsAreNotCompared() {
        assertThat(detect(
                of("a.txt", "g1", "The minister resigned on March 3, 2024."),
                of("b.txt", "g2", "The election was held on March 10, 2024."))).isEmpty();
    }
}
