package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every merged candidate its canonical entity, within one article:
 * <ul>
 *   <li>aliases through the gazetteer (U.S. and Washington-the-government are the United States);</li>
 *   <li>a capital stands for its country's government unless it is used as a place: after a locative preposition
 *       ("embassies in London, Wellington and Washington", also down such a list) or before ", where";</li>
 *   <li>a lone surname links to the full name seen in the article ("Dowden" to Oliver Dowden), and a single word
 *       CoreNLP typed otherwise becomes that person too;</li>
 *   <li>an acronym introduced in brackets after an organisation ("(NCSC)") links to it, here and later on.</li>
 * </ul>
 */
final class MentionLinker {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "throughout", "within", "into", "from", "to");
    /** Prepositions that make a capital a place only when nothing else says "government". */
    private static final Set<String> WEAK_LOCATIVE = Set.of("from", "to");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(([A-Z][A-Za-z]{1,7})\\)");

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
        linkSurnames(text, linked);
        addBracketedAcronyms(text, linked);
        List<Mention> out = new ArrayList<>();
        for (Candidate c : linked) {
            out.add(new Mention(c.start(), c.end(), text.substring(c.start(), c.end()), c.type(), c.entity()));
        }
        return out;
    }

    private Candidate resolve(String text, Candidate c, List<Candidate> before, Map<Integer, Boolean> placeSense) {
        String surface = text.substring(c.start(), c.end());
        GazetteerEntry entry = c.entry();
        if (entry == null && c.type() != EntityType.DATE && c.type() != EntityType.QUANTITY && c.type() != EntityType.THREAT_ACTOR) {
            entry = gazetteer.find(surface).filter(e -> e.type() == c.type() || c.source() == Candidate.Source.STATISTICAL).orElse(null);
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
        return c.withEntity(c.type(), surface.replaceAll("\\s+", " "));
    }

    /** Capital as a place: "in London", "embassies in London, Wellington and Washington", "Wellington, where". */
    private static boolean usedAsPlace(String text, Candidate c, List<Candidate> before, Map<Integer, Boolean> placeSense) {
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 8));
        int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
        if (text.substring(lineStart, c.start()).isBlank() && (after.startsWith(",") || after.startsWith(" (") || after.startsWith(" —") || after.startsWith(" –") || after.startsWith(" -"))) {
            return true; // a dateline says where the report was filed
        }
        if (after.startsWith(", where") || after.startsWith("-based") || after.startsWith(" city")) {
            return true;
        }
        String preceding = text.substring(Math.max(0, c.start() - 30), c.start());
        Matcher prep = Pattern.compile("(?i)\\b([a-z]+)\\s+$").matcher(preceding);
        if (prep.find()) {
            String word = prep.group(1).toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(word) && !WEAK_LOCATIVE.contains(word)) {
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

    /** In a list of places the sense follows the first item: "in London, Wellington and Washington". */
    private static boolean previousInList(String text, Candidate c, List<Candidate> before, Map<Integer, Boolean> placeSense, int joinerStart) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Candidate p = before.get(i);
            if (p.end() <= joinerStart && text.substring(p.end(), joinerStart).matches(",?\\s*")) {
                return p.type() == EntityType.LOCATION && placeSense.getOrDefault(p.start(), false);
            }
        }
        return false;
    }

    /** "Dowden" after "Oliver Dowden" is the same person; so is a lone surname CoreNLP called a place or body. */
    private static void linkSurnames(String text, List<Candidate> linked) {
        List<Candidate> fullNames = linked.stream().filter(c -> c.type() == EntityType.PERSON && c.entity().contains(" ")).toList();
        for (int i = 0; i < linked.size(); i++) {
            Candidate c = linked.get(i);
            boolean single = c.type() == EntityType.PERSON
                    || (c.source() == Candidate.Source.STATISTICAL && !text.substring(c.start(), c.end()).contains(" "));
            if (!single || c.entity().equals(fullName(c, fullNames).orElse(c.entity()))) {
                continue;
            }
            Optional<String> full = fullName(c, fullNames);
            if (full.isPresent()) {
                linked.set(i, c.withEntity(EntityType.PERSON, full.get()));
            }
        }
    }

    /**
     * The full name this mention is the tail of, preferring one seen earlier in the article; failing that, the full
     * name it starts ("Tsai" for Tsai Ing-wen: many names put the family name first).
     */
    private static Optional<String> fullName(Candidate c, List<Candidate> fullNames) {
        String name = c.entity();
        Optional<String> bySurname = closest(c, fullNames.stream()
                .filter(f -> f != c && f.entity().length() > name.length() && f.entity().endsWith(" " + name)).toList());
        return bySurname.isPresent() ? bySurname : closest(c, fullNames.stream()
                .filter(f -> f != c && !name.contains(" ") && f.entity().startsWith(name + " ")).toList());
    }

    private static Optional<String> closest(Candidate c, List<Candidate> names) {
        return names.stream()
                .min(Comparator.comparingInt((Candidate f) -> f.start() < c.start() ? 0 : 1).thenComparingInt(f -> Math.abs(f.start() - c.start())))
                .map(Candidate::entity);
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
        for (Map.Entry<String, Candidate> a : acronyms.entrySet()) {
            Candidate source = a.getValue();
            // an acronym CoreNLP found on its own, not linked to anything yet, is the bracketed body's
            linked.replaceAll(x -> x.entity().equals(a.getKey()) && text.substring(x.start(), x.end()).equals(a.getKey())
                    && x.start() > source.start() ? x.withEntity(source.type(), source.entity()) : x);
            Matcher m = Pattern.compile("\\b" + Pattern.quote(a.getKey()) + "\\b").matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (s < a.getValue().end() || linked.stream().anyMatch(x -> x.start() < e && s < x.end())) {
                    continue;
                }
                linked.add(new Candidate(s, e, source.type(), source.entity(), source.source()));
            }
        }
        linked.sort(Comparator.comparingInt(Candidate::start));
    }
}
