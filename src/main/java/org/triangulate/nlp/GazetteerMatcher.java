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
        String folded = foldHeadlines(text);
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
        return hits;
    }

    /**
     * Returns the text with words of ALL-CAPS lines (headlines, kickers) in title case, same length so offsets hold.
     * Short words (US, UK, NZ) stay as they are: on a headline they are more often acronyms than words.
     */
    static String foldHeadlines(String text) {
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
                foldWords(text, out, dateline.start(1), dateline.end(1));
            }
            if (isAllCapsLine(text, lineStart, lineEnd)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                foldWords(text, out, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    private static void foldWords(String text, StringBuilder out, int from, int to) {
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() - m.start() > 3) {
                for (int i = m.start() + 1; i < m.end(); i++) {
                    out.setCharAt(i, Character.toLowerCase(text.charAt(i)));
                }
            }
        }
    }

    private static boolean isAllCapsLine(String text, int start, int end) {
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
