package org.triangulate.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorResolverTest {

    static final String BODY = "Officials said 41 people died. Later, officials said 41 people died in the north.";

    @Test
    void anUnchangedTextKeepsTheAnchorWhereItWas() {
        QuoteAnchor anchor = QuoteAnchor.of("a.txt", BODY, 38, 60);
        assertThat(AnchorResolver.resolve(anchor, BODY).state()).isEqualTo(AnchorResolver.Resolution.State.EXACT);
    }

    @Test
    void anEditBeforeTheQuoteMovesTheAnchorToTheSameWords() {
        QuoteAnchor anchor = QuoteAnchor.of("a.txt", BODY, 38, 60);
        String edited = "UPDATED: " + BODY;
        AnchorResolver.Resolution r = AnchorResolver.resolve(anchor, edited);
        assertThat(r.state()).isEqualTo(AnchorResolver.Resolution.State.MOVED);
        assertThat(edited.substring(r.anchor().start(), r.anchor().end())).isEqualTo(anchor.quote());
        assertThat(r.anchor().start()).isEqualTo(38 + "UPDATED: ".length());
    }

    @Test
    void aRepeatedQuoteIsTellApartByItsContext() {
        int second = BODY.indexOf("officials said 41 people died");
        QuoteAnchor anchor = QuoteAnchor.of("a.txt", BODY, second + 15, second + 29); // "41 people died", second time
        String edited = "Breaking. " + BODY;
        AnchorResolver.Resolution r = AnchorResolver.resolve(anchor, edited);
        assertThat(r.anchor().start()).isEqualTo(second + 15 + "Breaking. ".length());
    }

    @Test
    void aQuoteThatIsGoneIsReportedLostNotMoved() {
        QuoteAnchor anchor = QuoteAnchor.of("a.txt", BODY, 15, 29);
        AnchorResolver.Resolution r = AnchorResolver.resolve(anchor, "Officials said 40 people died.");
        assertThat(r.isLost()).isTrue();
        assertThat(r.anchor()).isEqualTo(anchor);
    }
}
