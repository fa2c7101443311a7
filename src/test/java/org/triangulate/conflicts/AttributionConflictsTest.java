package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.conflicts.Statements.detect;
import static org.triangulate.conflicts.Statements.of;
import static org.triangulate.conflicts.Statements.withMentions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.nlp.EntityType;

class AttributionConflictsTest {

    @Test
    void competingCulpritsForOneClaimAreFlagged() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The health ministry blamed Hamas for the blast at the hospital."),
                of("b.txt", "g1", "The army attributed the blast at the hospital to Islamic Jihad."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.ATTRIBUTION);
            assertThat(c.reason()).contains("Hamas").contains("Islamic Jihad");
        });
    }

    @Test
    void differentThreatActorsBlamedAreFlagged() {
        List<Conflict> found = detect(
                withMentions("a.txt", "g1", "Officials blamed APT31 for the intrusion.", "APT31", EntityType.THREAT_ACTOR),
                withMentions("b.txt", "g1", "The intrusion was carried out by APT40, officials said.", "APT40", EntityType.THREAT_ACTOR));
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.ATTRIBUTION);
    }

    @Test
    void aGroupAndTheStateBehindItAreNotCompeting() {
        assertThat(detect(
                withMentions("a.txt", "g1", "New Zealand blamed APT40 for the attack.", "New Zealand", EntityType.LOCATION,
                        "APT40", EntityType.THREAT_ACTOR),
                withMentions("b.txt", "g1", "New Zealand blamed China for the attack.", "New Zealand", EntityType.LOCATION,
                        "China", EntityType.LOCATION))).isEmpty();
    }

    @Test
    void theSameClaimCreditedToDifferentCountriesIsFlagged() {
        List<Conflict> found = detect(
                of("a.txt", "g1", "The Justice Department said the unit was run by the security ministry."),
                of("b.txt", "g1", "In response, the UK revealed that the unit was run by the security ministry."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.ATTRIBUTION);
            assertThat(c.reason()).contains("United States").contains("United Kingdom");
        });
    }

    @Test
    void aDenialIsNotComparedWithTheAccusationItDenies() {
        assertThat(detect(
                of("a.txt", "g1", "Washington said the unit was behind the attacks."),
                of("b.txt", "g1", "Beijing said it denied being behind the attacks."))).isEmpty();
    }

    @Test
    void agreeingSourcesAreNotFlagged() {
        assertThat(detect(
                of("a.txt", "g1", "London said the group had targeted lawmakers."),
                of("b.txt", "g1", "The UK said the group had targeted lawmakers."))).isEmpty();
    }

    @Test
    void statementsAboutTheSameTwoPartiesCreditedToDifferentCountriesAreALowFlagAcrossGroups() {
        List<Conflict> found = detect(
                withMentions("a.txt", "g1", "Washington said Sandworm was run by the GRU.", "Washington", EntityType.LOCATION,
                        "Sandworm", EntityType.THREAT_ACTOR, "GRU", EntityType.ORGANIZATION),
                withMentions("b.txt", "g2", "The UK revealed that Sandworm, reportedly part of the GRU, hit the grid.",
                        "UK", EntityType.LOCATION, "Sandworm", EntityType.THREAT_ACTOR, "GRU", EntityType.ORGANIZATION));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.ATTRIBUTION);
            assertThat(c.severity()).isEqualTo(Severity.LOW);
        });
    }

    @Test
    void statementsSharingOnlyOnePartyAcrossGroupsAreNotCompared() {
        assertThat(detect(
                withMentions("a.txt", "g1", "Washington said Sandworm was behind the outage.", "Washington", EntityType.LOCATION,
                        "Sandworm", EntityType.THREAT_ACTOR),
                withMentions("b.txt", "g2", "The UK said Sandworm had targeted lawmakers.", "UK", EntityType.LOCATION,
                        "Sandworm", EntityType.THREAT_ACTOR))).isEmpty();
    }
}
