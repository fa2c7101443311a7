package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * The names in a sentence: entity mentions where the extractor found them, otherwise runs of capitalised words
 * ("Electoral Commission"), so the detectors also work on sentences the extractor has not seen.
 */
final class Names {

    /** A name in a sentence: where, how written, its key and its entity type (null when only capitalised). */
    record Name(int start, int end, String text, String key, EntityType type) {
    }

    private static final Pattern CAPITALISED = Pattern.compile(
            "\\b(?:[A-Z][\\p{L}\\d’'-]*|[A-Z]{2,}\\d*)(?:\\s+(?:of|for|and|de)?\\s*[A-Z][\\p{L}\\d’'-]*)*");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "it", "he", "she", "they", "we",
            "this", "these", "those", "however", "additionally", "meanwhile", "but", "and", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "separately", "similarly", "following",
            "according", "with", "despite", "after", "before", "while", "when", "its", "their", "his", "her", "our");

    private Names() {
    }

    static List<Name> in(String text, List<Mention> mentions) {
        List<Name> out = new ArrayList<>();
        boolean[] covered = new boolean[text.length() + 1];
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATE || m.type() == EntityType.QUANTITY || m.end() > text.length()) {
                continue;
            }
            out.add(new Name(m.start(), m.end(), m.text(), key(m.entity()), m.type()));
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        for (Matcher m = CAPITALISED.matcher(text); m.find(); ) {
            int start = m.start();
            String name = m.group();
            // drop leading capitalised function words ("The", "However")
            String[] words = name.split("\\s+");
            int skip = 0;
            while (skip < words.length && NOT_NAMES.contains(words[skip].toLowerCase(Locale.ROOT))) {
                start += words[skip].length();
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                skip++;
            }
            if (skip == words.length || covered[start]) {
                continue;
            }
            if (skip == 0 && words.length == 1 && text.substring(0, start).isBlank()) {
                continue; // a lone capitalised first word is usually just the start of the sentence
            }
            String t = text.substring(start, m.end()).replaceAll("[’']s$", "");
            out.add(new Name(start, start + t.length(), t, key(t), null));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[’']s$", "").strip();
    }
}
