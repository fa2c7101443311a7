package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with offsets, for the rules that look at capitalised runs of words. */
final class Words {

    /** A word; internal apostrophes, hyphens, dots and ampersands stay inside ("O'Brien", "AT&T", "U.S"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-&][\\p{L}\\p{N}]+)*");

    record Word(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** The word without a possessive 's ("China’s" -> "China"). */
        String bare() {
            return text.endsWith("'s") || text.endsWith("’s") ? text.substring(0, text.length() - 2) : text;
        }

        boolean possessive() {
            return !bare().equals(text);
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        for (Matcher m = WORD.matcher(text); m.find(); ) {
            out.add(new Word(m.start(), m.end(), m.group()));
        }
        return out;
    }

    /** True when only spaces (no punctuation or line break) separate the two words. */
    static boolean adjacent(String text, Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
