package org.triangulate.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.nlp.EntityType;

/**
 * Reads who a sentence says did it ("blamed APT40", "attributed the attack to X", "a breach by X", "X was behind")
 * and who says it ("London said", "according to the ministry"), as names with their entity types.
 */
final class AttributionReader {

    /** The names found in a role, by entity type ("ACTOR" for threat actors, "NAME" when only capitalised). */
    record Party(Set<String> keys, String type, String said) {
    }

    private static final Pattern BLAME_AFTER = Pattern.compile("(?i)\\b(?:blamed|blaming|blames|accused|accusing|accuses"
            + "|(?:carried out|conducted|perpetrated|launched|orchestrated|committed|claimed|staged) by"
            + "|(?:attacks?|breach(?:es)?|compromise|hack(?:s|ing)?|intrusions?|cyberattacks?|bombings?|strikes?|raids?|shelling) by)\\s+");
    private static final Pattern BLAME_ON = Pattern.compile("(?i)\\bblam(?:ed|ing|es|e)\\b[^.;]{0,60}?\\bon\\s+");
    private static final Pattern ATTRIBUTED_TO = Pattern.compile("(?i)\\battribut(?:ed|ing|es|e)\\b[^.;]{0,60}?\\bto\\s+");
    private static final Pattern BEHIND = Pattern.compile("(?i)\\b(?:was|were|is|are|had been)\\s+(?:behind|responsible for)\\b|\\bclaimed responsibility\\b");
    private static final Pattern SAYS_AFTER = Pattern.compile("(?i)\\b(?:according to|identified by|announced by|said by|confirmed by)\\s+");
    private static final Pattern SAYS_BEFORE = Pattern.compile("(?i)\\b(?:said|says|announced|revealed|disclosed|stated|confirmed|noted|told|reported|alleged|identified|declared|added)\\b");

    private final Affiliations affiliations;

    AttributionReader(Affiliations affiliations) {
        this.affiliations = affiliations;
    }

    /** Who the sentence says did it. */
    Optional<Party> perpetrator(Statement s) {
        String text = s.text();
        List<Names.Name> names = Names.in(text, s.mentions());
        for (Pattern p : new Pattern[]{BLAME_ON, ATTRIBUTED_TO, BLAME_AFTER}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<Party> party = namesIn(text, names, m.end(), slotEnd(text, m.end()));
                if (party.isPresent()) {
                    return party;
                }
            }
        }
        Matcher b = BEHIND.matcher(text);
        if (b.find()) {
            Names.Name last = null;
            for (Names.Name n : names) {
                if (n.end() <= b.start() && b.start() - n.end() <= 30) {
                    last = n;
                }
            }
            if (last != null) {
                return Optional.of(new Party(Set.of(last.key()), typeOf(last), last.text()));
            }
        }
        return Optional.empty();
    }

    /** The country the source quoted in the sentence speaks for, when it can be told. */
    Optional<String> speakerCountry(Statement s) {
        String text = s.text();
        List<Names.Name> names = Names.in(text, s.mentions());
        Matcher after = SAYS_AFTER.matcher(text);
        if (after.find()) {
            for (Names.Name n : names) {
                if (n.start() >= after.end() && n.start() - after.end() <= 12) {
                    return countryOf(text, n);
                }
            }
        }
        Matcher before = SAYS_BEFORE.matcher(text);
        while (before.find()) {
            Names.Name speaker = null;
            for (Names.Name n : names) {
                // "London said", "the UK revealed", "Lisa Monaco on Monday said": a name just before the verb
                if (n.end() <= before.start() && before.start() - n.end() <= 15) {
                    speaker = n;
                }
            }
            if (speaker != null) {
                String between = text.substring(speaker.end(), before.start());
                if (!between.matches("(?s)\\s*(?:(?:has|have|had|also|on|\\p{Lu}\\p{L}+|,)\\s*)*")) {
                    continue;
                }
                if (isInsideLargerSource(text, speaker)) {
                    return Optional.empty(); // "the Chinese embassy in London said": London is not the speaker
                }
                return countryOf(text, speaker);
            }
        }
        return Optional.empty();
    }

    /** "the embassy in London", "officials from Kyiv": the place names where the speaker sits, not who it is. */
    private static boolean isInsideLargerSource(String text, Names.Name n) {
        String before = text.substring(Math.max(0, n.start() - 6), n.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(in|from|at|of)\\s+(the\\s+)?$");
    }

    private Optional<String> countryOf(String text, Names.Name n) {
        if (affiliations.isMedia(n.key())) {
            return Optional.empty();
        }
        Optional<String> c = affiliations.countryOf(n.key());
        if (c.isPresent()) {
            return c;
        }
        // "US Deputy Attorney General Lisa Monaco": a country word in the title before the name
        String title = text.substring(Math.max(0, n.start() - 40), n.start());
        String[] w = title.split("[,;:.—“”\"]");
        return affiliations.countryIn(w.length == 0 ? "" : w[w.length - 1]);
    }

    private static int slotEnd(String text, int from) {
        int words = 0;
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == ';' || ch == '(') {
                return i;
            }
            if (Character.isWhitespace(ch) && ++words >= 9) {
                return i;
            }
        }
        return text.length();
    }

    /** The names in a slot, of one type: threat actors first, then organisations, people, places. */
    private Optional<Party> namesIn(String text, List<Names.Name> names, int from, int to) {
        List<Names.Name> inSlot = new ArrayList<>();
        for (Names.Name n : names) {
            if (n.start() >= from && n.start() < to) {
                inSlot.add(n);
            }
        }
        for (String type : List.of("ACTOR", "ORGANIZATION", "PERSON", "LOCATION", "NAME")) {
            Set<String> keys = new LinkedHashSet<>();
            List<String> said = new ArrayList<>();
            for (Names.Name n : inSlot) {
                if (typeOf(n).equals(type)) {
                    keys.add(n.key());
                    said.add(n.text());
                }
            }
            if (!keys.isEmpty()) {
                return Optional.of(new Party(keys, type, String.join(", ", said)));
            }
        }
        return Optional.empty();
    }

    private static String typeOf(Names.Name n) {
        if (n.type() == null) {
            return "NAME";
        }
        return n.type() == EntityType.THREAT_ACTOR ? "ACTOR" : n.type().name();
    }
}
