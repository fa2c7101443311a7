package org.triangulate.corpus;

import java.util.List;
import java.util.Optional;

/**
 * A stand-in title for an article that has no headline: its opening words, shortened at a word boundary. An
 * analyst scanning a list recognises "Following allegations from the United States…" far sooner than a file name.
 */
final class LeadTitle {

    static final String ORIGIN = "first sentence";
    private static final int MAX_CHARS = 90;
    private static final int MIN_WORDS = 4;

    private LeadTitle() {
    }

    static Optional<String> from(String body, List<TextSpan> sentences) {
        for (TextSpan s : sentences) {
            String text = TextClues.withoutLeadingDate(body.substring(s.start(), s.end()).strip()).replaceAll("\\s+", " ");
            if (text.split(" ").length >= MIN_WORDS && Character.isLetter(text.codePointAt(0))) {
                return Optional.of(shorten(text));
            }
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS - 1);
        String head = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1);
        return head.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
