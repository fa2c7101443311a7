package org.triangulate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The real rules, scanned only in windows around their triggers, find exactly what they find scanning whole texts:
 * including texts built to break a window (long whitespace runs, long names, long alias lists, dates split by
 * spaces, numbers run together with dotted letters).
 */
class RuleWindowsTest {

    private static final RuleLayer RULES = new RuleLayer(Gazetteer.bundled());

    private static void sameAsWholeText(String text) {
        List<String> windowed = RULES.find(text, null).stream().map(Object::toString).toList();
        List<String> whole = TriggerWindows.scanningWholeTexts(() -> RULES.find(text, null)).stream().map(Object::toString).toList();
        assertThat(windowed).as("rules in windows vs whole text, on: %s", text).isEqualTo(whole);
        assertThat(DateRules.statedPublicationDate(text))
                .isEqualTo(TriggerWindows.scanningWholeTexts(() -> DateRules.statedPublicationDate(text)));
    }

    @Test
    void textsBuiltToBreakAWindowFindTheSameAsTheWholeText() {
        String spaces = " ".repeat(19);
        // the longest word a name may have (75 characters) and the longest name (three of them)
        String word = "A" + "b".repeat(24) + "." + "c".repeat(24) + "." + "d".repeat(24);
        String longName = word + " " + word;
        String longestName = word + "-" + word + " " + word;
        List<String> texts = List.of(
                "Published March" + spaces + "26," + spaces + "2024\nThe ministry said on Monday.",
                "Published March" + " ".repeat(80) + "26, 2024\nThe ministry said on Monday. 5" + " ".repeat(80) + "March 2021.",
                "a\n\n\n" + spaces + "dozen people and two" + spaces + "hundred" + spaces + "thousand emails",
                "Earlier this" + spaces + "week, and earlier this" + " ".repeat(60) + "week.",
                "the " + longName + spaces + "ransomware" + spaces + "gang struck; the " + longName + " gang, and " + longName + " group.",
                "The group, also known as " + String.join(", ", java.util.Collections.nCopies(9, "Kitten" + "z".repeat(20) + " Panda"))
                        + " and Alpha29Group, struck.",
                "The group, also known as" + spaces + String.join(spaces + "," + spaces, java.util.Collections.nCopies(12, longestName))
                        + ", struck.",
                "The group, a.k.a.a.k.a. Kitten, and tens" + spaces + "of" + spaces + "thousands of records; tens of thousands of them.",
                "In 2021" + spaces + "–" + spaces + "22 and 1998" + " ".repeat(40) + "to 99; 12345678901234.5-year terms and a 1.5-year term.",
                "Velvet" + "a".repeat(39) + " Chollima, IRON" + " TWILIGHT".repeat(1) + ", " + "Q".repeat(39) + " PANDA and Volt Typhoon-linked hackers.");
        for (String text : texts) {
            sameAsWholeText(text);
        }
    }

    @Test
    void randomTextsOfDateNumberAndGroupFragmentsFindTheSameAsTheWholeText() {
        String[] fragments = {"March", "5", "2024", "May", "26th", ",", ".", " ", " ", "   ", "\n", "  \n  ", "in ", "last ", "week",
                "Monday", "yesterday", "two", "hundred", "thousand", "a ", "dozen", "tens", "of", "thousands", "years", "-",
                "1.5", "decades", "the ", "LockBit", "Clop", "ransomware", "gang", "group", "also known as ", "tracked as ",
                "a.k.a.", "Kitten", "Panda", "Volt", "Typhoon", "BRONZE", "VINEWOOD", "APT31", "Storm-0558", "and ", "/",
                " ".repeat(25), "Xyzzy" + "q".repeat(30)};
        Random random = new Random(20261121);
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 600) {
                text.append(fragments[random.nextInt(fragments.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            sameAsWholeText(text.toString());
        }
    }
}
