package org.triangulate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules scanned only around their trigger find exactly what a scan of the whole text finds. */
class TriggerWindowsTest {

    private static final Pattern MONTH = Pattern.compile("March|May");

    @Test
    void rulesFindTheSameMatchesInTheWindowsAsInTheWholeText() {
        // each rule contains a trigger and reaches at most 12 characters beyond it
        List<Pattern> rules = List.of(
                Pattern.compile("\\b(?:March|May) \\d{1,2}\\b(?![,.]?\\d)"),
                Pattern.compile("(?<=\\b(?:in|by) )(?:March|May)\\b"),
                Pattern.compile("\\b\\d{1,2} (?:March|May),? (?:19|20)\\d{2}\\b"));
        String[] fragments = {"March", "May", "in ", "by ", " 2024", " 19", " 5", "x", "aMarch", "Mayor", " ", ",", ".", "\n",
                " 12 March 2024", "March 3", "in May", "7 May, 1999"};
        Random random = new Random(20261121);
        int compared = 0;
        for (int t = 0; t < 400; t++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 300) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            TriggerWindows windows = TriggerWindows.around(text.toString(), MONTH, 12);
            for (Pattern rule : rules) {
                List<String> whole = new ArrayList<>();
                for (Matcher m = rule.matcher(text); m.find(); ) {
                    whole.add(m.start() + "-" + m.end());
                }
                List<String> windowed = windows.matches(rule).stream().map(m -> m.start() + "-" + m.end()).toList();
                assertThat(windowed).as("%s in %s", rule, text).isEqualTo(whole);
                compared += whole.size();
            }
        }
        assertThat(compared).as("the texts hold matches to compare").isGreaterThan(200);
    }

    @Test
    void wordBoundariesAndLookBehindsSeePastTheWindowEdge() {
        // reach 0: the window is exactly the trigger and what follows is cut off, so only the edges decide
        assertThat(TriggerWindows.around("xMarch", MONTH, 0).matches(Pattern.compile("\\bMarch"))).isEmpty();
        assertThat(TriggerWindows.around("in March", MONTH, 0).matches(Pattern.compile("(?<=in )March"))).hasSize(1);
    }

    @Test
    void aTextWithoutTheTriggerIsNotScannedAtAll() {
        TriggerWindows none = TriggerWindows.around("Nothing here but a Marc and a Mai.", MONTH, 40);
        assertThat(none.covered()).isZero();
        assertThat(none.matches(Pattern.compile("\\w+"))).isEmpty();
        assertThat(TriggerWindows.around("In May and March.", MONTH, 2).covered()).isEqualTo(7 + 8); // [1,8) and [9,17): not merged
    }

    @Test
    void wordTriggersMatchWholeWordsAndTheirPartsAsWordBoundariesSplitThem() {
        Pattern group = Pattern.compile("\\b[A-Z]\\w+ (?:gang|group)\\b");
        String text = "The LockBit group's site, the Clop gang-linked crew, a groupie and the Wizard Spider gangs.";
        List<String> whole = new ArrayList<>();
        for (Matcher m = group.matcher(text); m.find(); ) {
            whole.add(m.group());
        }
        TriggerWindows windows = TriggerWindows.aroundWords(text, Words.of(text), java.util.Set.of("gang", "group"), false, 30);
        assertThat(windows.matches(group).stream().map(java.util.regex.MatchResult::group).toList())
                .isEqualTo(whole).containsExactly("LockBit group", "Clop gang");
        // "groupie" and "gangs" are words of their own, not triggers
        assertThat(TriggerWindows.aroundWords("a groupie, gangs", Words.of("a groupie, gangs"), java.util.Set.of("gang", "group"), false, 0)
                .covered()).isZero();
        // a joined word counts whole too ("a.k.a"), and lower-casing finds "Twenty" and "FIVE"
        assertThat(TriggerWindows.aroundWords("x a.k.a y", Words.of("x a.k.a y"), java.util.Set.of("a.k.a"), false, 0).covered()).isEqualTo(5);
        assertThat(TriggerWindows.aroundWords("Twenty-FIVE", Words.of("Twenty-FIVE"), java.util.Set.of("five"), true, 0).covered()).isEqualTo(4);
    }
}
