package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BreakIteratorSentenceSplitterTest {

    private final SentenceSplitter splitter = new BreakIteratorSentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceEnds() {
        assertThat(sentences("One went. Two came! Did three? Yes."))
                .containsExactly("One went.", "Two came!", "Did three?", "Yes.");
    }

    @Test
    void everyLineIsItsOwnSentenceEvenWithoutPunctuation() {
        assertThat(sentences("Headline without stop\nBody starts here and\r\nends here."))
                .containsExactly("Headline without stop", "Body starts here and", "ends here.");
    }

    @Test
    void spansAreTrimmedAndBlankLinesGiveNothing() {
        String text = "  First.  \n\n\t \n  Second.  ";

        assertThat(splitter.split(text)).containsExactly(new TextSpan(2, 8), new TextSpan(17, 24));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mr. Smith met Dr. Jones in Washington.",
            "The U.S. Justice Department charged seven people.",
            "The U.K. Electoral Commission was compromised.",
            "He was born on Jan. 5 in Ohio.",
            "President John F. Kennedy spoke.",
            "Gen. Mark Milley and Sen. Jane Doe attended.",
            "Acme Inc. Chief Executive resigned.",
    })
    void abbreviationsBeforeANameDoNotEndTheSentence(String sentence) {
        assertThat(sentences(sentence)).containsExactly(sentence);
    }

    @Test
    void abbreviationBeforeACommonSentenceStarterEndsTheSentence() {
        assertThat(sentences("China accused the U.S. The U.K. said nothing."))
                .containsExactly("China accused the U.S.", "The U.K. said nothing.");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n ")).isEmpty();
    }

    @Test
    void longTextIsSplitQuickly() {
        String text = "The U.S. envoy said talks would resume. Mr. Smith disagreed.\n".repeat(50_000); // 3 MB

        long start = System.nanoTime();
        List<TextSpan> spans = splitter.split(text);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(spans).hasSize(100_000);
        assertThat(millis).as("milliseconds for 3 MB").isLessThan(10_000);
    }
}
