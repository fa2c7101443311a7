package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every merged candidate its canonical entity, within one article:
 * <ul>
 *   <li>aliases through the gazetteer (U.S. and Washington-the-government are the United States);</li>
 *   <li>a capital stands for its country's government unless it is used as a place: after a locative preposition
 *       ("embassies in London, Wellington and Washington", also down such a list), before ", where", modifying a
 *       city noun ("London hospitals"), or as a wire dateline ("TOKYO —");</li>
 *   <li>a lone surname links to the full name seen in the article ("Dowden" to Oliver Dowden), and a single word
 *       CoreNLP typed otherwise becomes that person too;</li>
 *   <li>an all-caps place ("ASHEVILLE" on a headline) is the place its title-case form names;</li>
 *   <li>threat-actor names the article states are one group ("Midnight Blizzard, also known as APT29") are one
 *       entity in it, wherever it writes them;</li>
 *   <li>an acronym introduced in brackets after an organisation ("(NCSC)") links to it, here and later on.</li>
 * </ul>
 */
final class MentionLinker {

    /** Prepositions after which a capital is a place. Not "from" or "to": "accusations from Washington" is the government. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "throughout", "within", "into");
    /** Nouns that make a capital the city when it modifies them. */
    private static final Pattern CITY_NOUN_AFTER = Pattern.compile(
            " (?:[a-z]+ )?(?:hospitals?|residents|streets?|airports?|suburbs?|neighbou?rhoods?|skyline|hotels?|stations?|schools?|homes?"
                    + "|apartments?|flats|districts?|area|mayor|police|council|underground|metro|subway|commuters|marathon|zoo|office|offices)\\b");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(([A-Z][A-Za-z]{1,7})\\)");
    /** A word that can be such an acronym: every occurrence of one is a match of this, as a word of its own. */
    private static final Pattern ACRONYM_WORD = Pattern.compile("\\b[A-Z][A-Za-z]{1,7}\\b");

    private final Gazetteer gazetteer;

    MentionLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> link(String text, List<Candidate> merged) {
        List<Candidate> linked = new ArrayList<>();
        Map<Integer, Boolean> placeSense = new HashMap<>();
        for (Candidate c : merged) {
            linked.add(resolve(text, c, linked, placeSense));
        }
        unifyStatedAliases(text, linked);
        linkSurnames(text, linked);
        addBracketedAcronyms(text, linked);
        List<Mention> out = new ArrayList<>();
        for (Candidate c : linked) {
            out.add(new Mention(c.start(), c.end(), text.substring(c.start(), c.end()), c.type(), c.entity()));
        }
        return out;
    }

    private Candidate resolve(String text, Candidate c, List<Candidate> before, Map<Integer, Boolean> placeSense) {
        if (c.source() == Candidate.Source.ALIAS_INTRODUCTION) {
            return c; // its entity is its statement's until unifyStatedAliases settles the group
        }
        String surface = text.substring(c.start(), c.end());
        GazetteerEntry entry = c.entry();
        if (entry == null && c.type() != EntityType.DATE && c.type() != EntityType.QUANTITY && c.type() != EntityType.THREAT_ACTOR) {
            // a cue-only alias ("Sandworm") found by CoreNLP stays what CoreNLP says unless the rules confirmed it
            entry = gazetteer.find(surface).filter(e -> e.type() == c.type() || c.source() == Candidate.Source.STATISTICAL)
                    .filter(e -> !e.cueAliases().contains(surface)).orElse(null);
        }
        if (entry != null && entry.capitalOf() != null) {
            boolean place = usedAsPlace(text, c, before, placeSense);
            placeSense.put(c.start(), place);
            if (!place) {
                String country = gazetteer.canonical(EntityType.LOCATION, entry.capitalOf()).map(GazetteerEntry::canonical).orElse(entry.capitalOf());
                return c.withEntity(EntityType.LOCATION, country);
            }
            return c.withEntity(EntityType.LOCATION, entry.canonical());
        }
        if (entry != null) {
            return c.withEntity(entry.type(), entry.canonical());
        }
        if (c.entity() != null && c.source() != Candidate.Source.TITLED_PERSON && c.source() != Candidate.Source.ORGANIZATION_HEAD) {
            return c;
        }
        if (c.type() == EntityType.LOCATION && isAllCaps(surface)) {
            // "ASHEVILLE" on a headline or dateline is the place the story calls Asheville
            String titleCase = RuleLayer.titleCase(surface.replaceAll("\\s+", " "));
            return gazetteer.find(titleCase).filter(e -> e.type() == EntityType.LOCATION)
                    .map(e -> resolve(text, new Candidate(c.start(), c.end(), c.type(), null, c.source(), e), before, placeSense))
                    .orElse(c.withEntity(c.type(), titleCase));
        }
        return c.withEntity(c.type(), surface.replaceAll("\\s+", " "));
    }

    /** Letters all capitals, and a word of four or more of them: "ASHEVILLE", "TEL AVIV", not "NZ" or "U.S.". */
    private static boolean isAllCaps(String surface) {
        boolean longWord = false;
        int run = 0;
        for (int i = 0; i < surface.length(); i++) {
            char ch = surface.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            run = Character.isLetter(ch) ? run + 1 : 0;
            longWord |= run >= 4;
        }
        return longWord;
    }

    /** Capital as a place: "in London", "embassies in London, Wellington and Washington", "Wellington, where". */
    private static boolean usedAsPlace(String text, Candidate c, List<Candidate> before, Map<Integer, Boolean> placeSense) {
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 8));
        if (firstOnItsLine(text, c.start()) && (after.startsWith(",") || after.startsWith(" (") || after.startsWith(" —") || after.startsWith(" –") || after.startsWith(" -"))) {
            return true; // a dateline says where the report was filed
        }
        if (after.startsWith(", where") || after.startsWith("-based") || after.startsWith(" city")) {
            return true;
        }
        if (CITY_NOUN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()) {
            return true; // "London hospitals", "Kyiv residents", "the Tokyo police"
        }
        String preceding = text.substring(Math.max(0, c.start() - 30), c.start());
        Matcher prep = Pattern.compile("(?i)\\b([a-z]+)\\s+$").matcher(preceding);
        if (prep.find()) {
            String word = prep.group(1).toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(word)) {
                return true;
            }
            if (word.equals("and") || word.equals("or")) {
                return previousInList(text, c, before, placeSense, c.start() - preceding.length() + prep.start(1));
            }
        }
        if (preceding.endsWith(", ")) {
            return previousInList(text, c, before, placeSense, c.start() - 2);
        }
        return false;
    }

    /** Only whitespace between the start of its line and {@code at}. */
    private static boolean firstOnItsLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** In a list of places the sense follows the first item: "in London, Wellington and Washington". */
    private static boolean previousInList(String text, Candidate c, List<Candidate> before, Map<Integer, Boolean> placeSense, int joinerStart) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Candidate p = before.get(i);
            if (p.end() <= joinerStart) {
                // the mention nearest before the joiner; any earlier one has this one's words in between
                return text.substring(p.end(), joinerStart).matches(",?\\s*")
                        && p.type() == EntityType.LOCATION && placeSense.getOrDefault(p.start(), false);
            }
        }
        return false;
    }

    /**
     * Names the article states are one group ("Midnight Blizzard, also known as APT29 or Cozy Bear"; "a group called
     * Crimson Kestrel, also known as UNC9981") are one entity in it, wherever it writes them. Statements that share a
     * name join. The entity is the gazetteer's name for the best-known group among them (the one the world has most
     * names for: APT29 rather than UNC2452, which MISP keeps apart), or else the name the article stated first.
     */
    private void unifyStatedAliases(String text, List<Candidate> linked) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (Candidate c : linked) {
            if (c.source() != Candidate.Source.ALIAS_INTRODUCTION) {
                continue;
            }
            String own = c.entry() != null ? c.entry().canonical() : ThreatActorRules.identity(text.substring(c.start(), c.end()));
            firstSeen.putIfAbsent(c.entity(), c.start());
            firstSeen.putIfAbsent(own, c.start());
            parent.put(root(parent, own), root(parent, c.entity()));
        }
        if (parent.isEmpty()) {
            return;
        }
        // names in the order the article states them, so a tie (or a group no gazetteer knows) goes to the first
        Map<String, String> canonical = new HashMap<>();
        for (String name : firstSeen.keySet()) {
            canonical.merge(root(parent, name), name, this::betterKnown);
        }
        linked.replaceAll(c -> c.type() == EntityType.THREAT_ACTOR && firstSeen.containsKey(c.entity())
                ? c.withEntity(EntityType.THREAT_ACTOR, canonical.get(root(parent, c.entity()))) : c);
    }

    private static String root(Map<String, String> parent, String name) {
        String r = name;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private Optional<GazetteerEntry> knownActor(String name) {
        return gazetteer.canonical(EntityType.THREAT_ACTOR, name);
    }

    /** The gazetteer group with more names, a known group over an unknown name; {@code a} on a tie. */
    private String betterKnown(String a, String b) {
        int aliasesA = knownActor(a).map(e -> e.aliases().size()).orElse(0);
        int aliasesB = knownActor(b).map(e -> e.aliases().size()).orElse(0);
        return aliasesB > aliasesA ? b : a;
    }

    /** "Dowden" after "Oliver Dowden" is the same person; so is a lone surname CoreNLP called a place or body. */
    private static void linkSurnames(String text, List<Candidate> linked) {
        FullNames fullNames = new FullNames(linked.stream().filter(c -> c.type() == EntityType.PERSON && c.entity().contains(" ")).toList());
        for (int i = 0; i < linked.size(); i++) {
            Candidate c = linked.get(i);
            boolean single = c.type() == EntityType.PERSON
                    || (c.source() == Candidate.Source.STATISTICAL && !text.substring(c.start(), c.end()).contains(" "));
            if (!single) {
                continue;
            }
            Optional<String> full = fullNames.of(c);
            if (full.isPresent() && !c.entity().equals(full.get())) {
                linked.set(i, c.withEntity(EntityType.PERSON, full.get()));
            }
        }
    }

    /**
     * The article's full names (entities of more than one word) by their tails ("Duncan Smith", "Smith") and by
     * their first word, each with its mentions by offset: looking a mention up costs a few map and tree look-ups
     * rather than a pass over every full name in the article.
     */
    private static final class FullNames {
        private final Map<String, TreeMap<Integer, Candidate>> byTail = new HashMap<>();
        private final Map<String, TreeMap<Integer, Candidate>> byFirstWord = new HashMap<>();

        FullNames(List<Candidate> fullNames) {
            for (Candidate f : fullNames) {
                String e = f.entity();
                for (int space = e.indexOf(' '); space >= 0; space = e.indexOf(' ', space + 1)) {
                    byTail.computeIfAbsent(e.substring(space + 1), k -> new TreeMap<>()).put(f.start(), f);
                }
                byFirstWord.computeIfAbsent(e.substring(0, e.indexOf(' ')), k -> new TreeMap<>()).put(f.start(), f);
            }
        }

        /**
         * The full name this mention is the tail of, preferring one seen earlier in the article; failing that, the
         * full name it starts ("Tsai" for Tsai Ing-wen: many names put the family name first).
         */
        Optional<String> of(Candidate c) {
            String name = c.entity();
            Optional<String> bySurname = closest(c, byTail.get(name));
            return bySurname.isPresent() || name.contains(" ") ? bySurname : closest(c, byFirstWord.get(name));
        }

        /** The nearest such name before the mention, or failing that the nearest after it. */
        private static Optional<String> closest(Candidate c, TreeMap<Integer, Candidate> names) {
            if (names == null) {
                return Optional.empty();
            }
            Map.Entry<Integer, Candidate> before = names.lowerEntry(c.start());
            if (before != null) {
                return Optional.of(before.getValue().entity());
            }
            // c itself may be among them (a full name that is the tail of a longer one): it is not its own full name
            for (Candidate after : names.tailMap(c.start(), true).values()) {
                if (after != c) {
                    return Optional.of(after.entity());
                }
            }
            return Optional.empty();
        }
    }

    private static void addBracketedAcronyms(String text, List<Candidate> linked) {
        Map<String, Candidate> acronyms = new HashMap<>();
        for (Candidate c : List.copyOf(linked)) {
            if (c.type() != EntityType.ORGANIZATION && c.type() != EntityType.THREAT_ACTOR) {
                continue;
            }
            Matcher m = ACRONYM_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 14)));
            if (m.find() && m.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
                acronyms.putIfAbsent(m.group(1), c);
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        // an acronym CoreNLP found on its own, not linked to anything yet, is the bracketed body's
        linked.replaceAll(x -> {
            Candidate source = acronyms.get(x.entity());
            return source != null && text.substring(x.start(), x.end()).equals(x.entity()) && x.start() > source.start()
                    ? x.withEntity(source.type(), source.entity()) : x;
        });
        // every later occurrence of an acronym, found in one pass over the text's short capitalised words
        DisjointCandidates kept = new DisjointCandidates(linked);
        for (Matcher m = ACRONYM_WORD.matcher(text); m.find(); ) {
            Candidate source = acronyms.get(m.group());
            if (source == null || m.start() < source.end()) {
                continue;
            }
            Candidate c = new Candidate(m.start(), m.end(), source.type(), source.entity(), source.source());
            if (!kept.overlapsAny(c)) {
                kept.add(c);
            }
        }
        linked.clear();
        linked.addAll(kept.inTextOrder());
    }
}
