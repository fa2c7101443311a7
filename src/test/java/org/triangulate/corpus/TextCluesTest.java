package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCluesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published March 26, 2024\\nText.|2024-03-26",
            " date 2024-03-26 China has slammed.|2024-03-26",
            "Headline\\n26 March 2024\\nText.|2024-03-26",
            "Headline\\nUpdated: Tuesday, Mar. 26, 2024 10:00 GMT\\nText.|2024-03-26",
            "Posted on 5th April 2023 by staff\\nText.|2023-04-05",
            "Headline\\n2024/03/26 — Beijing\\nText.|2024-03-26",
    })
    void datesNearTheTopAreFound(String text, LocalDate expected) {
        assertThat(TextClues.date(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The photo was taken on May 13, 2017 in Paris.",
            "Published February 31, 2024",
            "No date at all here.",
    })
    void proseDatesAndImpossibleDatesAreNotPublicationDates(String text) {
        assertThat(TextClues.date(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A sentence that ends with a full stop.\nMore.",
            "Only one line, no headline",
            "Lead-in:\nMore.",
            "\u201CA quoted sentence.\u201D\nMore.",
    })
    void linesThatAreNotHeadlinesGiveNoTitle(String text) {
        assertThat(TextClues.headline(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US, UK accuse China of cyber attacks, Beijing responds\\nText.|US, UK accuse China of cyber attacks, Beijing responds",
            "\\n\\n  Is this the end?  \\nText.|Is this the end?",
            "## Markdown heading\\nText.|Markdown heading",
    })
    void headlinesAreTakenFromTheFirstLine(String text, String expected) {
        assertThat(TextClues.headline(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
