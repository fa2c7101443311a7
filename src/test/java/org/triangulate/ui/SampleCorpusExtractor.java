package org.triangulate.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * A small stand-in for the real extractor, for UI tests only: a gazetteer of the names in the bundled sample corpus,
 * each linked to its canonical entity, plus simple date and number patterns.
 */
public final class SampleCorpusExtractor implements EntityExtractor {

    private record Rule(Pattern pattern, EntityType type, String entity) {
    }

    private static final List<Rule> RULES = List.of(
            rule("APT\\s?31", EntityType.THREAT_ACTOR, "APT31"),
            rule("APT\\s?40", EntityType.THREAT_ACTOR, "APT40"),
            rule("(Oliver )?Dowden", EntityType.PERSON, "Oliver Dowden"),
            rule("(Lisa )?Monaco", EntityType.PERSON, "Lisa Monaco"),
            rule("Lin Jian", EntityType.PERSON, "Lin Jian"),
            rule("Justice Department|Department of Justice", EntityType.ORGANIZATION, "US Department of Justice"),
            rule("Electoral Commission", EntityType.ORGANIZATION, "Electoral Commission"),
            rule("Ministry of State Security", EntityType.ORGANIZATION, "Ministry of State Security"),
            rule("Foreign Ministry", EntityType.ORGANIZATION, "Chinese Foreign Ministry"),
            rule("Five ?Eyes", EntityType.ORGANIZATION, "Five Eyes"),
            rule("United States|U\\.S\\.|\\bUS\\b|Washington", EntityType.LOCATION, "United States"),
            rule("United Kingdom|Britain|U\\.K\\.|\\bUK\\b|London", EntityType.LOCATION, "United Kingdom"),
            rule("New Zealand|\\bNZ\\b", EntityType.LOCATION, "New Zealand"),
            rule("China|Beijing", EntityType.LOCATION, "China"),
            rule("Wuhan", EntityType.LOCATION, "Wuhan"),
            rule("(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}(, \\d{4})?|\\b(19|20)\\d{2}\\b",
                    EntityType.DATE, null),
            rule("\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d+)(-year)?\\b", EntityType.QUANTITY, null));

    private static Rule rule(String regex, EntityType type, String entity) {
        return new Rule(Pattern.compile(regex, entity == null ? Pattern.CASE_INSENSITIVE : 0), type, entity);
    }

    @Override
    public List<Mention> extract(String body) {
        List<Mention> found = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(body);
            while (m.find()) {
                found.add(new Mention(m.start(), m.end(), m.group(), r.type(), r.entity() == null ? m.group() : r.entity()));
            }
        }
        // Non-overlapping, earliest then longest first, as the extractor contract asks.
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        int end = -1;
        for (Mention m : found) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    @Override
    public String version() {
        return "sample-gazetteer-1";
    }
}
