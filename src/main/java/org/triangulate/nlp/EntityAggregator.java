package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns per-article mentions into the corpus's entities, with the aliases seen and article and mention counts. */
public final class EntityAggregator {

    private EntityAggregator() {
    }

    /**
     * Entities of all articles, most mentioned first.
     *
     * @param mentionsByArticle mentions per article id
     */
    public static List<Entity> aggregate(Map<String, List<Mention>> mentionsByArticle) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        mentionsByArticle.forEach((article, mentions) -> {
            for (Mention m : mentions) {
                Tally t = tallies.computeIfAbsent(m.entityKey(), k -> new Tally(m.type(), m.entity()));
                t.aliases.add(m.text().replaceAll("\\s+", " "));
                t.articles.add(article);
                t.mentions++;
            }
        });
        List<Entity> out = new ArrayList<>();
        for (Tally t : tallies.values()) {
            out.add(new Entity(t.name, t.type, new ArrayList<>(t.aliases), t.articles.size(), t.mentions));
        }
        out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name).thenComparing(e -> e.type().name()));
        return out;
    }

    /**
     * Links a lone surname to a full name found in another article ("Dowden" in a story that never gives his first
     * name), when exactly one person entity in the corpus ends with that surname. Returns new mention lists.
     */
    public static Map<String, List<Mention>> linkLoneSurnamesAcrossArticles(Map<String, List<Mention>> mentionsByArticle) {
        TreeSet<String> fullNames = new TreeSet<>();
        mentionsByArticle.values().forEach(ms -> ms.stream()
                .filter(m -> m.type() == EntityType.PERSON && m.entity().contains(" ")).forEach(m -> fullNames.add(m.entity())));
        Map<String, List<Mention>> out = new LinkedHashMap<>();
        mentionsByArticle.forEach((article, mentions) -> {
            List<Mention> relinked = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON && !m.entity().contains(" ")) {
                    List<String> candidates = fullNames.stream().filter(f -> f.endsWith(" " + m.entity())).toList();
                    if (candidates.size() == 1) {
                        relinked.add(new Mention(m.start(), m.end(), m.text(), m.type(), candidates.get(0)));
                        continue;
                    }
                }
                relinked.add(m);
            }
            out.put(article, relinked);
        });
        return out;
    }

    private static final class Tally {
        final EntityType type;
        final String name;
        final TreeSet<String> aliases = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();
        int mentions;

        Tally(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }
}
