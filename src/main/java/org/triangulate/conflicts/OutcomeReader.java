package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.nlp.EntityType;

/**
 * Reads what a sentence says happened to a target: attempted ("attempts were made to compromise X"), succeeded
 * ("X was likely compromised") or thwarted ("these efforts were thwarted"), and how firmly. A sentence that refers
 * back ("these efforts", "the attack") without naming a target takes the target of the sentence before.
 */
final class OutcomeReader {

    private final Map<String, List<String>> words = new TreeMap<>();
    private final Pattern succeeded;
    private final Pattern thwarted;

    OutcomeReader() {
        for (String[] row : Vocabulary.rows("outcomes.tsv")) {
            words.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        succeeded = alternatives("succeeded");
        thwarted = alternatives("thwarted");
    }

    private Pattern alternatives(String category) {
        List<String> list = new ArrayList<>(words.get(category));
        list.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?i)\\b(" + String.join("|", list.stream().map(w -> w.replace(" ", "\\s+")).toList()) + ")\\b");
    }

    Optional<OutcomeStatement> read(Statement s) {
        String text = s.text();
        Matcher t = thwarted.matcher(text);
        Matcher c = succeeded.matcher(text);
        Outcome outcome;
        int cueStart;
        int cueEnd;
        String cue;
        if (t.find()) {
            outcome = Outcome.THWARTED;
            cueStart = t.start();
            cueEnd = t.end();
            cue = t.group(1);
        } else if (c.find()) {
            cueStart = c.start();
            cueEnd = c.end();
            cue = c.group(1);
            String before = lastWords(text.substring(0, cueStart), 5);
            if (containsWord(before, "negation") && !before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(whether|if)\\b.*")) {
                outcome = Outcome.THWARTED; // "were not compromised", "no accounts were successfully compromised"
            } else if (containsWord(lastWords(text.substring(0, cueStart), 4), "attempt")) {
                outcome = Outcome.ATTEMPTED;
            } else if (before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(whether|if)\\b.*")) {
                return Optional.empty(); // "did not say whether they compromised X": no outcome told
            } else {
                outcome = Outcome.SUCCEEDED;
            }
        } else {
            return Optional.empty();
        }
        Certainty certainty = containsWord(text, "denial") ? Certainty.DENIED
                : containsWord(text, "hedge") ? Certainty.HEDGED : Certainty.ASSERTED;
        List<Names.Name> names = Names.in(text, s.mentions());
        Optional<Names.Name> target = after(text, names, cueEnd);
        boolean fromPrevious = false;
        if (target.isEmpty() && refersBack(text.substring(0, cueStart)) && !s.previous().isBlank()) {
            // "UK officials said these efforts were thwarted": the efforts are the previous sentence's
            target = previousTarget(s.previous());
            fromPrevious = target.isPresent();
        }
        if (target.isEmpty()) {
            target = before(text, names, cueStart);
        }
        boolean previousFlag = fromPrevious;
        return target.map(n -> new OutcomeStatement(s, n.key(), n.text(), outcome, certainty, cue, previousFlag));
    }

    /** The target of the first attack word in the sentence before. */
    private Optional<Names.Name> previousTarget(String previous) {
        Matcher c = succeeded.matcher(previous);
        Matcher t = thwarted.matcher(previous);
        List<Names.Name> names = Names.in(previous, List.of());
        if (c.find()) {
            return target(previous, names, c.start(), c.end());
        }
        if (t.find()) {
            return target(previous, names, t.start(), t.end());
        }
        return Optional.empty();
    }

    /**
     * The named thing the outcome happened to: the nearest name after the cue in its clause ("compromised the
     * Electoral Commission"), else the nearest before it ("the Office had been compromised"). Names introduced by
     * "by" are the agent, and threat actors are never targets.
     */
    private static Optional<Names.Name> target(String text, List<Names.Name> names, int cueStart, int cueEnd) {
        Optional<Names.Name> after = after(text, names, cueEnd);
        return after.isPresent() ? after : before(text, names, cueStart);
    }

    private static Optional<Names.Name> after(String text, List<Names.Name> names, int cueEnd) {
        int clauseEnd = clauseEnd(text, cueEnd);
        for (Names.Name n : names) {
            if (n.start() >= cueEnd && n.start() < clauseEnd && isTarget(text, n, cueEnd)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static Optional<Names.Name> before(String text, List<Names.Name> names, int cueStart) {
        Names.Name best = null;
        for (Names.Name n : names) {
            if (n.end() <= cueStart && isTarget(text, n, 0) && !isSpeaker(text, n)) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Reporting verbs a speaker's name comes just before: "The Health Ministry said …", "Microsoft has confirmed". */
    private static final Pattern SPEAKS = Pattern.compile("(?i)^[\\s,]*(?:(?:also|has|have|had|later|then|on\\s+\\p{L}+day)\\s+){0,2}"
            + "(?:said|says|told|tells|stated|states|announced|announces|reported|reports|confirmed|confirms|disclosed|"
            + "discloses|revealed|reveals|added|noted|warned|claimed|claims|insisted|acknowledged|admitted|assured|explained)\\b");

    /**
     * The name is who speaks, not what the outcome happened to: "The Health Ministry said hospital systems had been
     * compromised" tells nothing of what happened to the ministry.
     */
    private static boolean isSpeaker(String text, Names.Name n) {
        return SPEAKS.matcher(text.substring(n.end(), Math.min(text.length(), n.end() + 40))).find();
    }

    private static boolean isTarget(String text, Names.Name n, int from) {
        if (n.type() == EntityType.THREAT_ACTOR || n.type() == EntityType.DATE || n.type() == EntityType.QUANTITY) {
            return false;
        }
        String before = text.substring(Math.max(from, n.start() - 30), n.start()).toLowerCase(Locale.ROOT);
        return !before.matches("(?s).*\\bby\\s+(?:an?\\s+|the\\s+)?[“\"]?(?:[\\p{L}-]+\\s+){0,2}[“\"]?$");
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) || ch == ';') {
                return i;
            }
        }
        return text.length();
    }

    private boolean refersBack(String before) {
        String lower = " " + before.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", " ").replaceAll("\\s+", " ") + " ";
        return words.get("anaphor").stream().anyMatch(a -> lower.contains(" " + a + " "));
    }

    private boolean containsWord(String text, String category) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", " ").replaceAll("\\s+", " ") + " ";
        return words.get(category).stream().anyMatch(w -> lower.contains(" " + w + " "));
    }

    private static String lastWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, w.length - n); i < w.length; i++) {
            b.append(w[i]).append(' ');
        }
        return b.toString();
    }
}
