package org.triangulate.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    static Claim claim(String id) {
        return new Claim(id, QuoteAnchor.of("a.txt", "Seven people were charged.", 0, 26), null, Stance.ASSERTED,
                List.of(), List.of(), "", null, ClaimStatus.ACCEPTED);
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEdits() {
        CaseHistory history = new CaseHistory(CaseFile.empty());
        history.apply("Add claim", k -> k.withClaim(claim(k.nextClaimId())));
        history.apply("Cycle stance", k -> k.updateClaim("c1", c -> c.withStance(c.stance().next())));
        assertThat(history.current().claim("c1").orElseThrow().stance()).isEqualTo(Stance.ALLEGED);

        history.undo();
        assertThat(history.current().claim("c1").orElseThrow().stance()).isEqualTo(Stance.ASSERTED);
        history.undo();
        assertThat(history.current().claims()).isEmpty();
        assertThat(history.canUndo()).isFalse();

        history.redo();
        history.redo();
        assertThat(history.current().claim("c1").orElseThrow().stance()).isEqualTo(Stance.ALLEGED);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        CaseHistory history = new CaseHistory(CaseFile.empty());
        history.apply("Add", k -> k.withClaim(claim(k.nextClaimId())));
        history.undo();
        history.apply("Add other", k -> k.withClaim(claim("x")));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDescription()).isEqualTo("Add other");
    }

    @Test
    void listenersHearEveryChangeIncludingUndo() {
        CaseHistory history = new CaseHistory(CaseFile.empty());
        List<Integer> sizes = new ArrayList<>();
        history.addListener(k -> sizes.add(k.claims().size()));
        history.apply("Add", k -> k.withClaim(claim(k.nextClaimId())));
        history.undo();
        history.redo();
        assertThat(sizes).containsExactly(1, 0, 1);
    }

    @Test
    void groupsAreMergedAndEmptiedGroupsDisappear() {
        CaseFile k = CaseFile.empty().withClaim(claim("c1")).withClaim(claim("c2"));
        k = k.withNewGroup("first", List.of("c1"));
        String g1 = k.claim("c1").orElseThrow().groupId();
        k = k.withNewGroup("second", List.of("c2"));
        String g2 = k.claim("c2").orElseThrow().groupId();
        k = k.mergeGroups(g1, g2);
        assertThat(k.members(g1)).extracting(Claim::id).containsExactly("c1", "c2");
        assertThat(k.groups()).extracting(ClaimGroup::id).containsExactly(g1);
        k = k.withoutClaim("c1").withoutClaim("c2");
        assertThat(k.groups()).isEmpty();
    }
}
