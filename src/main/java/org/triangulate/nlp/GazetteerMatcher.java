package org.triangulate.nlp;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gazetteer aliases in running text with Lucene's {@link SynonymGraphFilter} (greedy longest match).
 * Matching is case-sensitive ("us" is not US), except that words on an ALL-CAPS headline line are folded to
 * title case first, so "CHINA ACCUSES" still finds China. Thread-safe: every call builds its own token stream.
 */
final class GazetteerMatcher {

    static final String HIT_PREFIX = "\u0001";

    /** Abbreviations with dots (U.S.), words with digits (APT31), numbers. Punctuation separates tokens. */
    static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{N}]*|\\p{N}+(?:[.,]\\p{N}+)*");

    /** One alias occurrence. */
    record Hit(int start, int end, String alias, GazetteerEntry entry) {
    }

    /**
     * "US" as the pronoun: after a preposition or a verb that takes an object, and before the end of the line,
     * punctuation, or a function word; group 1 is what lies between "US" and an "AND"/"OR" that follows it.
     */
    private static final Pattern US_AS_PRONOUN = Pattern.compile(
            "(?<=\\b(?:FOR|TO|WITH|LET|LETS|TELL|TELLS|TOLD|GIVE|GIVES|GAVE|HELP|HELPS|JOIN|JOINS|ABOUT|AMONG|LIKE|BEHIND|OF|SHOW|SHOWS|"
                    + "MAKE|MAKES|MADE|AGAINST|BEFORE|AROUND|WITHOUT|THAN|BETWEEN|NEAR|UPON|ONTO|INTO)\\s{1,3})US"
                    + "(?=\\s*$|\\s*[.,;:!?'\"’”)—–-]|(\\s+(?:AND|OR)\\s+)|\\s+(?:IN|ON|AT|TO|FROM|BY|WITH|THAT|WHAT|WHO|NOW|TOO|ALL|BOTH|AGAIN|IF"
                    + "|WHEN|HOW|WHY|BUT|SO|THE|A|AN|IS|ARE|WAS|WERE|WILL|WOULD|CAN|COULD|MUST|SHOULD|DO|DOES|DID|HAVE|HAS|HAD)\\b)");

    /** A wire dateline: "WASHINGTON, May 2 (AP) -", "NEW DELHI (Reuters) -". */
    static final Pattern DATELINE = Pattern.compile("\\s*(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2})(?=,| \\(| —| -| –)");

    private final Gazetteer gazetteer;

    GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    List<Hit> find(String text) {
        String folded = foldHeadlines(text, word -> gazetteer.find(word).isPresent());
        List<int[]> allCapsLines = allCapsLines(text);
        List<Hit> hits = new ArrayList<>();
        Tokenizer tokenizer = new PatternTokenizer(TOKEN, 0);
        tokenizer.setReader(new StringReader(folded));
        try (TokenStream ts = new SynonymGraphFilter(tokenizer, gazetteer.synonymMap(), false)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1 && term.charAt(0) == HIT_PREFIX.charAt(0)) {
                    String alias = gazetteer.alias(Integer.parseInt(term.subSequence(1, term.length()).toString()));
                    gazetteer.find(alias).ifPresent(e -> hits.add(new Hit(offset.startOffset(), offset.endOffset(), alias, e)));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return allCapsLines.isEmpty() ? hits : withoutPronounUs(text, hits, allCapsLines);
    }

    /** The hits without an "US" that an all-caps line uses as the pronoun (see {@link #isPronounUs}). */
    private List<Hit> withoutPronounUs(String text, List<Hit> hits, List<int[]> allCapsLines) {
        List<Hit> out = new ArrayList<>(hits.size());
        int line = 0;
        for (Hit h : hits) {
            while (line < allCapsLines.size() && allCapsLines.get(line)[1] <= h.start()) {
                line++;
            }
            boolean onAllCapsLine = line < allCapsLines.size() && allCapsLines.get(line)[0] <= h.start();
            if (!(onAllCapsLine && isPronounUs(text, h.start(), h.end(), allCapsLines.get(line)[1], gazetteer))) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Whether the "US" at [start, end) of an all-caps line ending at {@code lineEnd} is the pronoun: "WHAT THE FLOODS
     * MEAN FOR US AND IT". It is after a word that takes an object, and followed by the end of the line, punctuation or
     * a function word, not by a noun it could modify ("MIGRANTS HEAD TO US BORDER") or "AND" and another country
     * ("TO US AND UK").
     */
    static boolean isPronounUs(String text, int start, int end, int lineEnd, Gazetteer gazetteer) {
        if (!text.startsWith("US", start) || end != start + 2) {
            return false;
        }
        Matcher pronoun = US_AS_PRONOUN.matcher(text).region(start, lineEnd).useTransparentBounds(true);
        if (!pronoun.lookingAt()) {
            return false;
        }
        if (pronoun.group(1) == null) {
            return true;
        }
        Matcher next = TOKEN.matcher(text).region(pronoun.end(1), lineEnd);
        return !(next.lookingAt() && gazetteer.find(next.group()).filter(e -> e.type() == EntityType.LOCATION).isPresent());
    }

    /** [start, end) of every all-caps line, in order. */
    static List<int[]> allCapsLines(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (isAllCapsLine(text, lineStart, lineEnd)) {
                out.add(new int[]{lineStart, lineEnd});
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Returns the text with words of ALL-CAPS lines (headlines, kickers) in title case, same length so offsets hold.
     * Short words that are aliases as written (US, UK, NZ) stay as they are: on a headline they are more often
     * acronyms than words; other short words fold ("NEW DELHI" is New Delhi). A dateline's place folds whole.
     *
     * @param alias whether a word is a gazetteer alias as written
     */
    static String foldHeadlines(String text, Predicate<String> alias) {
        StringBuilder out = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Matcher dateline = DATELINE.matcher(text).region(lineStart, lineEnd);
            if (dateline.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                foldWords(text, out, dateline.start(1), dateline.end(1), word -> false); // a place: "NEW DELHI", "TEL AVIV"
            }
            if (isAllCapsLine(text, lineStart, lineEnd)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                foldWords(text, out, lineStart, lineEnd, word -> word.length() <= 3 && alias.test(word));
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    /** Folds the words of [from, to) to title case, except those to keep as written. */
    private static void foldWords(String text, StringBuilder out, int from, int to, Predicate<String> keep) {
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            if (!keep.test(m.group())) {
                for (int i = m.start() + 1; i < m.end(); i++) {
                    out.setCharAt(i, Character.toLowerCase(text.charAt(i)));
                }
            }
        }
    }

    static boolean isAllCapsLine(String text, int start, int end) {
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 8 && lower * 10 < upper;
    }
}
