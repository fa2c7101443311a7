package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threat-actor names by their naming schemes (APT31, UNC2452, TA505, FIN7, Storm-0558, Volt Typhoon,
 * Fancy Bear style all-caps vendor names) and names introduced as aliases of a group
 * ("a group called X, also known as Y and Z", "tracked as X").
 */
final class ThreatActorRules {

    private static final Pattern CODE_NAME = Pattern.compile(
            "(?=[AUFTDIGS])\\b(?:(APT) ?(\\d{1,3})|(UNC|FIN|TA|TAG|DEV|UAC|UAT|ITG|TG|ATK)-?(\\d{1,5})|(Storm)-(\\d{3,4})|(APT-C)-(\\d{1,3}))\\b");
    /** Microsoft's weather families; the first word must not make it weather ("Super Typhoon"). */
    private static final Pattern WEATHER_NAME = Pattern.compile(
            "(?=[A-Z])\\b(?!(?:Super|Tropical|Severe|Winter|Great|Deadly|Powerful|Snow|Ice|Flash|The|A|An|Storm|Dust|Sand|Red|Heavy|This|That|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
                    + "[A-Z][a-z]{1,40} (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest)\\b");
    /** Vendor all-caps names: "JUDGMENT PANDA", "BRONZE VINEWOOD", "IRON TWILIGHT". */
    private static final Pattern CAPS_VENDOR_NAME = Pattern.compile(
            "\\b(?:[A-Z]{3,40} (?:PANDA|BEAR|KITTEN|CHOLLIMA|SPIDER|JACKAL|TIGER|LEOPARD|BUFFALO)|(?:BRONZE|IRON|GOLD|COBALT|NICKEL|TUNGSTEN|PLATINUM|ALUMINUM|COPPER|CARBON) [A-Z]{4,40})\\b");
    private static final Pattern TITLE_VENDOR_NAME = Pattern.compile("\\b[A-Z][a-z]{1,40} (?:Chollima|Kitten)\\b");

    /**
     * A capitalised word of a name ("LockBit", "U.S"), at most 75 characters, and a name of up to three such words,
     * at most 227: bounded so that a match stays a known distance from its trigger word (see TriggerWindows).
     */
    private static final String WORD = "[A-Z][\\p{L}\\d]{0,24}(?:\\.[\\p{L}\\d]{1,24}){0,2}";
    private static final String NAME = "(?:" + WORD + "(?:[- ](?:" + WORD + "|\\d{1,15}))?(?: " + WORD + ")?)";
    /** Whitespace in a match, bounded for the same reason. */
    private static final String GAP = "\\s{1,20}";
    private static final String OPTIONAL_GAP = "\\s{0,20}";
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
    /** Between two names of an alias list, a conjunction makes the second the last ("A, B or C"). */
    private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:and|or)\\b");
    /** "..., Microsoft said": the source of the statement, not a name of the group. */
    private static final Pattern REPORTED_BY = Pattern.compile("\\s{1,3}(?:said|says|told|reported|wrote|added|warned|noted|stated|confirmed)\\b");
    private static final Pattern NAME_BEFORE = Pattern.compile("(" + NAME + ")\\s*(?:[,(]|,?\\s*and)?\\s*$");
    /** "known as X", "tracked as X, Y and Z", "dubbed X": the names after it belong to the group named just before. */
    private static final Pattern ALIAS_INTRO = Pattern.compile(
            "(?=[atdck])\\b(?:also known as|known as|tracked as|tracks as|dubbed|called|aka|a\\.k\\.a\\.)" + GAP + "(" + NAME
                    + "(?:" + OPTIONAL_GAP + "(?:,|and|or|/)" + OPTIONAL_GAP + NAME + "){0,9})");
    private static final Pattern GROUP_CUE = Pattern.compile(
            "(?i)\\b(?:group|groups|hackers?|hacking|actors?|gang|crew|collective|APT|threat|espionage|cyber\\w*|ransomware|intrusion|campaign|unit|tracks)\\b");

    /** A name right before a group noun: "the LockBit ransomware gang", "the Clop extortion group". */
    private static final Pattern NAME_BEFORE_GROUP_NOUN = Pattern.compile(
            "(?=[A-Z])\\b(?!(?:The|A|An|This|That|Its|Their|Another)\\b)(" + WORD + "(?: " + WORD + ")?)" + GAP + "(?:(?:ransomware|extortion|hacking|hacker|cybercrime|cyber|threat|espionage)" + GAP + ")?(?:gang|group|crew|collective|syndicate)\\b(?![- ](?:of|said|says))");

    /** The family word every vendor-style name holds (WEATHER_NAME, CAPS_VENDOR_NAME, TITLE_VENDOR_NAME). */
    private static final Set<String> FAMILY_WORDS = Set.of("Typhoon", "Blizzard", "Sandstorm", "Sleet", "Tempest",
            "PANDA", "BEAR", "KITTEN", "CHOLLIMA", "SPIDER", "JACKAL", "TIGER", "LEOPARD", "BUFFALO", "BRONZE", "IRON",
            "GOLD", "COBALT", "NICKEL", "TUNGSTEN", "PLATINUM", "ALUMINUM", "COPPER", "CARBON", "Chollima", "Kitten");
    /** A vendor name reaches one word (at most 41 characters and a space) either side of its family word. */
    private static final int FAMILY_REACH = 60;
    private static final Set<String> GROUP_NOUNS = Set.of("gang", "group", "crew", "collective", "syndicate");
    /** The name (two words, 151 characters), gaps and a qualifier ("ransomware") before the group noun: 202 at most. */
    private static final int GROUP_NOUN_REACH = 210;
    /**
     * "also known as", "tracked as", "dubbed", "aka", "a.k.a.": one of these words is in every alias introduction;
     * "k" is the part every "a.k.a." has, even run into other dotted letters.
     */
    private static final Set<String> ALIAS_CUES = Set.of("known", "tracked", "tracks", "dubbed", "called", "aka", "a.k.a", "k");
    /** The introduced names, a list of up to ten ("known as A, B, C and D"): 3 + 20 + 10 x 227 + 9 x 43 at most. */
    private static final int ALIAS_REACH = 2_700;

    private final Gazetteer gazetteer;

    ThreatActorRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param words the text's {@link Words}: the rules other than the code names run only around their trigger words
     *              (see {@link TriggerWindows#aroundWords})
     */
    List<Candidate> find(String text, List<Words.Word> words) {
        List<Candidate> out = new ArrayList<>();
        for (Matcher m = CODE_NAME.matcher(text); m.find(); ) {
            String normal = normalise(m);
            out.add(candidate(m.start(), m.end(), m.group(), normal));
        }
        TriggerWindows families = TriggerWindows.aroundWords(text, words, FAMILY_WORDS, false, FAMILY_REACH);
        for (Pattern p : List.of(WEATHER_NAME, CAPS_VENDOR_NAME, TITLE_VENDOR_NAME)) {
            for (MatchResult m : families.matches(p)) {
                out.add(candidate(m.start(), m.end(), m.group(), m.group()));
            }
        }
        for (MatchResult m : TriggerWindows.aroundWords(text, words, GROUP_NOUNS, false, GROUP_NOUN_REACH)
                .matches(NAME_BEFORE_GROUP_NOUN)) {
            String name = m.group(1);
            String noun = m.group().substring(m.end(1) - m.start()).trim();
            boolean qualified = noun.contains(" ");
            String first = name.split(" ")[0];
            boolean known = gazetteer.find(name).filter(e -> e.type() == EntityType.THREAT_ACTOR).isPresent();
            if (gazetteer.isDemonym(first) || gazetteer.isDemonym(name)
                    || gazetteer.find(name).filter(e -> e.type() != EntityType.THREAT_ACTOR).isPresent()
                    || !(known || qualified || (hasCamelCaseOrCode(name) && CYBER.matcher(sentenceOf(text, m.start())).find()))) {
                continue; // "Chinese hacking group", "the Wagner group", "the MS-13 gang" in a crime story
            }
            out.add(candidate(m.start(1), m.end(1), name, name));
        }
        for (MatchResult m : TriggerWindows.aroundWords(text, words, ALIAS_CUES, false, ALIAS_REACH).matches(ALIAS_INTRO)) {
            // the cue may sit in the sentence before: "The LockBit gang ... The FBI said ALPHV, also known as BlackCat"
            int windowStart = Math.max(0, m.start() - 200);
            if (!GROUP_CUE.matcher(text.substring(windowStart, m.start())).find()) {
                continue;
            }
            // every name of the statement is one group in this article: the one named just before "also known as"
            // (when it is an actor's name) and the names introduced; MentionLinker picks the group's canonical name
            List<Candidate> members = new ArrayList<>();
            Candidate owner = actorNamedBefore(text, Math.max(windowStart, m.start() - 60), m.start(), out);
            if (owner != null) {
                members.add(owner);
            }
            members.addAll(introducedNames(text, m.start(1), m.end(1)));
            if (members.isEmpty()) {
                continue;
            }
            String stated = members.get(0).entity();
            for (Candidate c : members) {
                out.add(new Candidate(c.start(), c.end(), EntityType.THREAT_ACTOR, stated, Candidate.Source.ALIAS_INTRODUCTION, c.entry()));
            }
        }
        return out;
    }

    /**
     * The names of an alias list, in order: "A, B or C" but not a name after the list has closed with "and"/"or"
     * ("also known as APT29 or Cozy Bear, Microsoft said") nor one that a reporting verb follows.
     */
    private List<Candidate> introducedNames(String text, int from, int to) {
        List<Candidate> out = new ArrayList<>();
        Matcher name = NAME_PATTERN.matcher(text).region(from, to);
        int previousEnd = -1;
        boolean last = false;
        while (!last && name.find()) {
            if (REPORTED_BY.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 24)).lookingAt()) {
                break;
            }
            last = previousEnd >= 0 && CONJUNCTION.matcher(text).region(previousEnd, name.start()).find();
            String n = name.group();
            if (n.length() >= 3 && !isOrdinaryWordLead(n)) {
                out.add(candidate(name.start(), name.end(), n, identity(n)));
            }
            previousEnd = name.end();
        }
        return out;
    }

    /**
     * The actor named right before an alias introduction ("Midnight Blizzard, also known as", "tracked as UNC9876 and
     * also known as"): the longest tail of the capitalised words there that is an actor's name by the gazetteer, by
     * its form (a code name, "ALPHV", "LockBit") or by a rule that already found it ("a group called Crimson Kestrel,
     * also known as").
     */
    private Candidate actorNamedBefore(String text, int from, int to, List<Candidate> found) {
        Matcher before = NAME_BEFORE.matcher(text).region(from, to);
        if (!before.find()) {
            return null;
        }
        int end = before.end(1);
        for (int start = before.start(1); start >= 0 && start < end; start = nextWord(text, start, end)) {
            String name = text.substring(start, end);
            int s = start;
            boolean actor = gazetteer.find(name).filter(e -> e.type() == EntityType.THREAT_ACTOR).isPresent()
                    || CODE_NAME.matcher(name).matches() || hasCamelCaseOrCode(name)
                    || found.stream().anyMatch(c -> c.start() == s && c.end() == end);
            if (actor) {
                return candidate(start, end, name, identity(name));
            }
        }
        return null;
    }

    /** The start of the word after the one at {@code start} in a name ending at {@code end}, or -1. */
    private static int nextWord(String text, int start, int end) {
        int space = text.indexOf(' ', start);
        return space < 0 || space >= end ? -1 : space + 1;
    }

    /** The entity a name no gazetteer knows stands for on its own: a code name normalised ("APT 31" is APT31), else itself. */
    static String identity(String name) {
        Matcher code = CODE_NAME.matcher(name);
        return code.matches() ? normalise(code) : name;
    }

    private Candidate candidate(int start, int end, String surface, String fallback) {
        GazetteerEntry e = gazetteer.find(surface).filter(x -> x.type() == EntityType.THREAT_ACTOR)
                .or(() -> gazetteer.find(fallback).filter(x -> x.type() == EntityType.THREAT_ACTOR)).orElse(null);
        return new Candidate(start, end, EntityType.THREAT_ACTOR, e == null ? fallback : e.canonical(), Candidate.Source.THREAT_ACTOR_RULE, e);
    }

    private static String normalise(Matcher m) {
        if (m.group(1) != null) {
            return "APT" + m.group(2);
        }
        if (m.group(3) != null) {
            return m.group(3) + m.group(4);
        }
        if (m.group(5) != null) {
            return "Storm-" + m.group(6);
        }
        return "APT-C-" + m.group(8);
    }

    /** "called The" or "known as Microsoft" are not group names introduced here. */
    private static boolean isOrdinaryWordLead(String name) {
        return name.matches("(?:The|A|An|It|This|That|Its|Their|By|In|On|As)(?:\\s.*)?");
    }

    private static final Pattern CYBER = Pattern.compile("(?i)\\b(?:cyber\\w*|hack\\w*|ransom\\w*|malware|breach\\w*|data|APT|espionage|intrusions?|phishing|extortion|leak site)\\b");

    private static String sentenceOf(String text, int at) {
        return text.substring(Sentences.start(text, at), Sentences.endAtFullStop(text, at));
    }

    /** "LockBit", "ALPHV", "Storm-0558": written like a code name, unlike an ordinary word or a person's name. */
    private static boolean hasCamelCaseOrCode(String name) {
        return name.chars().anyMatch(Character::isDigit)
                || name.matches(".*[a-z][A-Z].*") || name.matches("[A-Z]{3,}");
    }
}
