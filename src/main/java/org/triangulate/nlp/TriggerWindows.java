package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text where a family of rules can match, so each rule scans those rather than the whole text. Every
 * rule of the family must contain a match of the trigger (a month name, a year, a time word) and reach at most
 * {@code reach} characters beyond it; then a rule finds the same matches in the windows as in the whole text.
 * Scanning a text costs each regex about the same per character whether or not it matches, and the rules layer has
 * dozens: one trigger scan for a family of rules is what keeps the layer a small part of extraction.
 */
final class TriggerWindows {

    private final String text;
    private final List<int[]> spans;

    private TriggerWindows(String text, List<int[]> spans) {
        this.text = text;
        this.spans = spans;
    }

    /** Merged spans of {@code reach} characters either side of every match of {@code trigger}, in text order. */
    static TriggerWindows around(String text, Pattern trigger, int reach) {
        List<int[]> spans = new ArrayList<>();
        for (Matcher m = trigger.matcher(text); m.find(); ) {
            int from = Math.max(0, m.start() - reach);
            int to = Math.min(text.length(), m.end() + reach);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                spans.add(new int[]{from, to});
            }
        }
        return new TriggerWindows(text, spans);
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
