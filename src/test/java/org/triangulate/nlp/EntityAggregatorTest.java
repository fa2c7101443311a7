package org.triangulate.nlp;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EntityAggregatorTest {

    private static Mention m(int start, String text, EntityType type, String entity) {
        return new Mention(start, start + text.length(), text, type, entity);
    }

    @Test
    void countsArticlesAndMentionsAndCollectsAliasesPerEntity() {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        byArticle.put("a", List.of(m(0, "US", EntityType.LOCATION, "United States"), m(10, "U.S.", EntityType.LOCATION, "United States"),
                m(20, "Oliver Dowden", EntityType.PERSON, "Oliver Dowden")));
        byArticle.put("b", List.of(m(0, "Washington", EntityType.LOCATION, "United States")));

        List<Entity> entities = EntityAggregator.aggregate(byArticle);

        assertThat(entities).first().isEqualTo(new Entity("United States", EntityType.LOCATION, List.of("U.S.", "US", "Washington"), 2, 3));
        assertThat(entities).extracting(Entity::name).containsExactly("United States", "Oliver Dowden");
    }

    @Test
    void sameNameOfDifferentTypesStaysTwoEntities() {
        Map<String, List<Mention>> byArticle = Map.of("a", List.of(
                m(0, "Washington", EntityType.LOCATION, "Washington"), m(20, "Washington", EntityType.PERSON, "Washington")));
        assertThat(EntityAggregator.aggregate(byArticle)).hasSize(2);
    }

    @Test
    void loneSurnameLinksToTheOnlyFullNameInAnotherArticle() {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        byArticle.put("a", List.of(m(0, "Oliver Dowden", EntityType.PERSON, "Oliver Dowden")));
        byArticle.put("b", List.of(m(5, "Dowden", EntityType.PERSON, "Dowden"), m(20, "Smith", EntityType.PERSON, "Smith")));

        Map<String, List<Mention>> relinked = EntityAggregator.linkLoneSurnamesAcrossArticles(byArticle);

        assertThat(relinked.get("b")).extracting(Mention::entity).containsExactly("Oliver Dowden", "Smith");
    }

    @Test
    void ambiguousLoneSurnameStaysAsItIs() {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        byArticle.put("a", List.of(m(0, "Anna Smith", EntityType.PERSON, "Anna Smith"), m(20, "John Smith", EntityType.PERSON, "John Smith")));
        byArticle.put("b", List.of(m(5, "Smith", EntityType.PERSON, "Smith")));
        assertThat(EntityAggregator.linkLoneSurnamesAcrossArticles(byArticle).get("b")).extracting(Mention::entity).containsExactly("Smith");
    }
}
