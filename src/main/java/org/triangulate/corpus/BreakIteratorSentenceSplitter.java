package org.triangulate.corpus;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitting with the JDK's {@link BreakIterator}, plus what news text needs: every line is its own unit
 * (headlines, captions and paragraphs have no final full stop), and a sentence does not end after "Mr." or
 * "U.S." when a name follows, which BreakIterator gets wrong.
 */
public final class BreakIteratorSentenceSplitter implements SentenceSplitter {

    /** Titles before a name: the next word is never a new sentence. */
    private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.",
            "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Cpl.", "Adm.", "Maj.", "Rev.", "Hon.", "St.", "Pres.", "Supt.",
            "Insp.", "Messrs.");

    /** Abbreviations that usually sit inside a sentence but can end one. */
    private static final Set<String> ABBREVIATIONS = Set.of("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "No.", "vs.",
            "Ave.", "approx.", "Dept.", "Gov't.");

    /** Words that usually start a new sentence, so an abbreviation before them does end the previous one. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "A", "An", "It", "Its", "He", "She", "They",
            "We", "I", "You", "In", "On", "At", "But", "And", "Or", "So", "This", "That", "These", "Those", "There",
            "However", "Meanwhile", "His", "Her", "Their", "Our", "If", "When", "While", "After", "Before",
            "As", "Since", "Although", "Yet", "Still", "Then", "What", "Why", "How", "Who", "Some", "Many", "Most",
            "Both", "One", "No", "Not", "For", "By", "With", "From", "To", "According");

    @Override
    public List<TextSpan> split(String text) {
        List<TextSpan> spans = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > lineStart) {
                    splitLine(text, lineStart, i, sentences, spans);
                }
                lineStart = i + 1;
            }
        }
        return spans;
    }

    private static void splitLine(String text, int from, int to, BreakIterator sentences, List<TextSpan> spans) {
        sentences.setText(new StringCharacterIterator(text, from, to, from));
        int start = sentences.first();
        int pending = -1; // start of a sentence still being joined across a false break
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            if (pending < 0) {
                pending = start;
            }
            if (end < to && isFalseBreak(text, end, to)) {
                continue;
            }
            addTrimmed(text, pending, end, spans);
            pending = -1;
        }
        if (pending >= 0) {
            addTrimmed(text, pending, to, spans);
        }
    }

    /** True when the break at {@code at} follows an abbreviation that does not end the sentence. */
    static boolean isFalseBreak(String text, int at, int lineEnd) {
        int p = at - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < 0 || text.charAt(p) != '.') {
            return false;
        }
        int tokenStart = p;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        while (tokenStart < p && isOpeningMark(text.charAt(tokenStart))) {
            tokenStart++;
        }
        String token = text.substring(tokenStart, p + 1);
        String next = nextWord(text, at, lineEnd);
        if (next.isEmpty()) {
            return false;
        }
        if (TITLES.contains(token)) {
            return true;
        }
        if (!ABBREVIATIONS.contains(token) && !isInitialism(token)) {
            return false;
        }
        char first = next.charAt(0);
        return !Character.isUpperCase(first) || !SENTENCE_STARTERS.contains(stripTrailingPunctuation(next));
    }

    /** "U.S.", "U.K.", "E.U.", "D.C." and single initials such as the "F." in "John F. Kennedy". */
    static boolean isInitialism(String token) {
        if (token.length() < 2 || token.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < token.length(); i += 2) {
            if (!Character.isUpperCase(token.charAt(i)) || token.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static String nextWord(String text, int from, int lineEnd) {
        int s = from;
        while (s < lineEnd && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < lineEnd && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    private static String stripTrailingPunctuation(String word) {
        int e = word.length();
        while (e > 0 && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(0, e);
    }

    private static boolean isOpeningMark(char c) {
        return c == '(' || c == '[' || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new TextSpan(start, end));
        }
    }
}
