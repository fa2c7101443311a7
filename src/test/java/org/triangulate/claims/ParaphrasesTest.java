package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParaphrasesTest {

    @Test
    void wordsOfOneSetBecomeOneTerm() {
        ClaimVectors vectors = new ClaimVectors();
        Map<String, Integer> a = vectors.terms("Legislators were targeted", List.of(), List.of());
        Map<String, Integer> b = vectors.terms("lawmakers were targeted", List.of(), List.of());
        assertThat(a.keySet()).isEqualTo(b.keySet());
    }

    @Test
    void wordsOutsideAnySetStayThemselves() {
        ClaimVectors vectors = new ClaimVectors();
        assertThat(vectors.terms("zebras grazing", List.of(), List.of())).containsOnlyKeys("zebra", "graze");
    }
}
