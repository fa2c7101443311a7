package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text where a family of rules can match, so each rule scans those rather than the whole text.
 * Scanning a text costs each regex about the same per character whether or not it matches, and the rules layer has
 * dozens: one trigger scan for a family of rules is what keeps the layer a small part of extraction.
 *
 * <p>The contract that makes a windowed scan find exactly what a scan of the whole text finds: every match of every
 * rule of the family contains a trigger, and reaches at most {@code reach} characters before the trigger's start and
 * after its end. The rules keep it by bounding their repetitions (whitespace runs of at most 20, words of at most a
 * few dozen letters, lists of at most ten names), so a reach is a sum of those bounds, written next to it. Look-arounds
 * and word boundaries see past a window's edges (transparent bounds), so they need no reach. {@code RuleWindowsTest}
 * compares the real rules windowed and over whole texts.
 */
final class TriggerWindows {

    /** Set by {@link #scanningWholeTexts} on a test's thread: every window is then the whole text. */
    private static final ThreadLocal<Boolean> WHOLE_TEXTS = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final String text;
    private final List<int[]> spans;

    private TriggerWindows(String text, List<int[]> spans) {
        this.text = text;
        this.spans = spans;
    }

    /** Merged spans of {@code reach} characters either side of every match of {@code trigger}, in text order. */
    static TriggerWindows around(String text, Pattern trigger, int reach) {
        if (WHOLE_TEXTS.get()) {
            return whole(text);
        }
        List<int[]> spans = new ArrayList<>();
        for (Matcher m = trigger.matcher(text); m.find(); ) {
            add(spans, text, m.start(), m.end(), reach);
        }
        return new TriggerWindows(text, spans);
    }

    /**
     * As {@link #around(String, Pattern, int)} for triggers that are whole words: a set look-up per word of
     * {@link Words#of}, so the family costs no regex scan of its own. A word counts as a whole ("a.k.a") and by its
     * parts between the characters that join words ("twenty-five", "group's"), as a regex sees them between word
     * boundaries (split where {@link Character#isLetterOrDigit} is false, as the regex word boundary decides); parts are
     * lower-cased first when {@code lowerCase}. Triggers arrive in text order, so windows merge as they come.
     */
    static TriggerWindows aroundWords(String text, List<Words.Word> words, Set<String> triggers, boolean lowerCase, int reach) {
        if (WHOLE_TEXTS.get()) {
            return whole(text);
        }
        List<int[]> spans = new ArrayList<>();
        for (Words.Word w : words) {
            String token = w.text();
            if (isTrigger(token, triggers, lowerCase)) {
                add(spans, text, w.start(), w.end(), reach);
                continue;
            }
            int partStart = 0;
            for (int i = 0; i <= token.length(); i++) {
                if (i == token.length() || !Character.isLetterOrDigit(token.charAt(i))) {
                    if (i > partStart && i - partStart < token.length() && isTrigger(token.substring(partStart, i), triggers, lowerCase)) {
                        add(spans, text, w.start() + partStart, w.start() + i, reach);
                    }
                    partStart = i + 1;
                }
            }
        }
        return new TriggerWindows(text, spans);
    }

    private static TriggerWindows whole(String text) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[]{0, text.length()});
        return new TriggerWindows(text, spans);
    }

    /** Runs {@code work} on this thread with every window the whole text: what the windows must match, for tests. */
    static <T> T scanningWholeTexts(java.util.function.Supplier<T> work) {
        WHOLE_TEXTS.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            WHOLE_TEXTS.set(Boolean.FALSE);
        }
    }

    private static boolean isTrigger(String word, Set<String> triggers, boolean lowerCase) {
        return triggers.contains(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
    }

    private static void add(List<int[]> spans, String text, int start, int end, int reach) {
        int from = Math.max(0, start - reach);
        int to = Math.min(text.length(), end + reach);
        int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && from <= last[1]) {
            last[1] = Math.max(last[1], to);
        } else {
            spans.add(new int[]{from, to});
        }
    }

    /**
     * The matches of {@code rule} inside the windows, in text order. Transparent bounds let word boundaries and
     * look-arounds see past a window's edges, so a match found here is a match in the whole text.
     */
    List<MatchResult> matches(Pattern rule) {
        List<MatchResult> out = new ArrayList<>();
        for (int[] w : spans) {
            Matcher m = rule.matcher(text).region(w[0], w[1]).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** How many characters the windows cover, for tests. */
    int covered() {
        return spans.stream().mapToInt(w -> w[1] - w[0]).sum();
    }
}
