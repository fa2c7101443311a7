package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.conflicts.Statements.copyOf;
import static org.triangulate.conflicts.Statements.detect;
import static org.triangulate.conflicts.Statements.of;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityConflictsTest {

    @Test
    void conflictingEmailCountsAreFlagged() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "Monaco said the campaign involved more than 10,000 emails being sent to targets."),
                of("b.txt", "g1", "The campaign targeted journalists, with thousands of emails sent as part of the operation."));
        assertThat(found).hasSize(1);
        Conflict c = found.get(0);
        assertThat(c.kind()).isEqualTo(ConflictKind.QUANTITY);
        assertThat(c.severity()).isIn(Severity.HIGH, Severity.MEDIUM);
        assertThat(c.variants()).extracting(Variant::file).containsExactly("a.txt", "b.txt");
        assertThat(c.variants()).extracting(Variant::value).anySatisfy(v -> assertThat(v).contains("> 10000"));
    }

    @Test
    void theSameNumberSaidDifferentlyIsNotFlagged() {
        assertThat(detect(
                of("a.txt", "g1", "Police arrested seven people after the raid."),
                of("b.txt", "g1", "Police arrested 7 people after the raid on Tuesday."))).isEmpty();
    }

    @Test
    void twoRoughFiguresThatFitTogetherAreNotFlagged() {
        assertThat(detect(
                of("a.txt", "g1", "More than 200 people were injured in the blast, the hospital said."),
                of("b.txt", "g1", "Hundreds of people were injured in the blast, witnesses said."))).isEmpty();
    }

    @Test
    void consistentReportsOfOneTollAreNotFlagged() {
        assertThat(detect(
                of("a.txt", null, "The floods killed 120 people across the region."),
                of("b.txt", null, "At least 120 people were killed by the floods, officials said."),
                of("c.txt", null, "Officials put the death toll at 120."))).isEmpty();
    }

    @Test
    void casualtyCountsThatExcludeEachOtherAreHigh() {
        List<Conflict> found = detect(
                of("a.txt", null, "Twelve people were killed when the bus overturned."),
                of("b.txt", null, "The crash killed 30 people, according to the regional governor."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.HIGH);
            assertThat(c.summary()).contains("killed");
        });
    }

    @Test
    void earthquakeTollsGivenAsDifferentMinimumsAreFlaggedButNotAsContradiction() {
        List<Conflict> found = detect(
                of("a.txt", null, "At least 41 people were killed in the earthquake, officials said."),
                of("b.txt", null, "More than 50 people died after the quake struck the mountain villages."),
                of("c.txt", null, "Dozens of people were killed and hundreds injured in the earthquake."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            // "dozens" fits both minimums, so it is not a side of the disagreement
            assertThat(c.variants()).extracting(Variant::file).containsExactly("a.txt", "b.txt");
        });
    }

    @Test
    void deadAndMissingAreNotCompared() {
        assertThat(detect(
                of("a.txt", "g1", "At least 41 people were killed in the landslide."),
                of("b.txt", "g1", "Rescuers said 90 people are still missing after the landslide."))).isEmpty();
    }

    @Test
    void differentPrecisionOfOneDurationIsALowImpreciseFlag() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "Prosecutors unveiled a 14-year hacking campaign against officials."),
                of("b.txt", "g1", "It describes a pattern of intrusions spanning over a decade."),
                of("c.txt", "g1", "Hackers targeted officials over many years, prosecutors say."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.reason()).contains("imprecise");
            assertThat(c.variants()).hasSize(3);
        });
    }

    @Test
    void durationsOfDifferentThingsAreNeverCompared() {
        assertThat(detect(
                of("a.txt", "g1", "The minister ended a 3-day visit to the capital."),
                of("b.txt", "g1", "The minister spoke of a 14-year campaign by the rebels."))).isEmpty();
    }

    @Test
    void differentThingsAreNeverCompared() {
        assertThat(detect(
                of("a.txt", "g1", "The group sent 10,000 emails to officials."),
                of("b.txt", "g1", "The group compromised 40 accounts of officials."))).isEmpty();
    }

    @Test
    void copiesOfOneWireStoryAreNotComparedWithEachOther() {
        assertThat(detect(
                copyOf("a.txt", "wire", "g1", "The storm destroyed 300 homes on the coast."),
                copyOf("b.txt", "wire", "g1", "The storm destroyed 3,000 homes on the coast."))).isEmpty();
    }

    @Test
    void theIdStaysTheSameWhenDetectionRunsAgain() {
        Statement a = of("a.txt", "g1", "Officials said 12 people were killed.");
        Statement b = of("b.txt", "g1", "The blast killed 30 people, officials said.");
        String first = detect(a, b).get(0).id();
        String again = detect(b, a).get(0).id();
        assertThat(again).isEqualTo(first);
        Statement c = of("c.txt", "g1", "The blast killed 45 people, officials said.");
        assertThat(detect(a, c).get(0).id()).isNotEqualTo(first);
    }

    @Test
    void aCountedMinimumAgainstAMuchHigherCountIsMedium() {
        List<Conflict> found = detect(
                of("a.txt", null, "At least 41 people were killed in the floods."),
                of("b.txt", null, "The floods killed 90 people, the governor said."));
        assertThat(found).singleElement().extracting(Conflict::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void anExactFigureAboveARoundMinimumIsOnlyImprecise() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The group sent more than 10,000 emails to officials."),
                of("b.txt", "g1", "The group sent 12,400 emails to officials."));
        assertThat(found).singleElement().extracting(Conflict::severity).isEqualTo(Severity.LOW);
    }

    @Test
    void aBackgroundFigureAboutAnotherTimeIsNotComparedWithThisEvent() {
        assertThat(detect(
                of("a.txt", null, "The earthquake killed at least 41 people on Monday."),
                of("b.txt", null, "A similar quake in 2015 killed 9,000 people in the same region."))).isEmpty();
    }

    @Test
    void anEarlierTollInTheSameSentenceIsNotTakenForTheToll() {
        List<StatedAmount> found = new AmountReader().read("The death toll rose to 41 from 35 overnight.");
        assertThat(found).extracting(a -> a.amount().describe()).containsExactly("41");
    }

    @Test
    void differentMagnitudesForOneQuakeAreFlaggedAsLooselyReconcilable() {
        List<Conflict> found = detect(
                of("a.txt", null, "A magnitude 6.3 earthquake struck the north early on Monday."),
                of("b.txt", null, "The agency said the quake had a magnitude of 6.1."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(c.summary()).contains("magnitude");
        });
    }

    @Test
    void evacuatedAndHomelessAreDifferentCounts() {
        assertThat(detect(
                of("a.txt", null, "Aid agencies said up to 20,000 people may have been left homeless."),
                of("b.txt", null, "Between 40,000 and 50,000 people were evacuated from their homes."))).isEmpty();
    }

    @Test
    void tollsOfStrikesOnDaysFarApartAreDifferentIncidents() {
        assertThat(detect(
                of("a.txt", null, "A strike on Monday killed 12 people in the market."),
                of("b.txt", null, "A strike on Thursday killed 30 people near the port."))).isEmpty();
    }
}
