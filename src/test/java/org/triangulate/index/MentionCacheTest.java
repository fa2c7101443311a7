package org.triangulate.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleMeta;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

class MentionCacheTest {

    private static final String BODY = "APT31 targeted the Electoral Commission in London.";
    private static final List<Mention> MENTIONS = List.of(
            new Mention(0, 5, "APT31", EntityType.THREAT_ACTOR, "APT31"),
            new Mention(19, 38, "Electoral Commission", EntityType.ORGANIZATION, "Electoral\tCommission"),
            new Mention(42, 48, "London", EntityType.LOCATION, "London"));

    private static Article article() {
        return new Article("id1", "a.txt", new ArticleMeta("A", null, null, null, null, null), BODY,
                List.of(new TextSpan(0, BODY.length())));
    }

    @Test
    void storedMentionsReadBackAsWrittenWithTabsInNamesFlattened() {
        List<Mention> back = MentionCodec.decode(MentionCodec.encode(MENTIONS), BODY);
        assertThat(back).extracting(Mention::start, Mention::end, Mention::type)
                .containsExactly(MENTIONS.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.start(), m.end(), m.type())).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(back.get(1).entity()).isEqualTo("Electoral Commission");
        assertThat(back.get(1).text()).isEqualTo(BODY.substring(19, 38));
    }

    @Test
    void damagedCacheLinesAreSkippedNotThrown() {
        String encoded = "0\t5\tTHREAT_ACTOR\tAPT31\nx\t3\tLOCATION\tNowhere\n3\t2\tLOCATION\tBackwards\n"
                + "42\t48\tPLANET\tLondon\n42\t4800\tLOCATION\tPast the end\n42\t48\n42\t48\tLOCATION\tLondon\n";
        assertThat(MentionCodec.decode(encoded, BODY)).extracting(Mention::entity).containsExactly("APT31", "London");
    }

    @Test
    void anArticleReadFromTheIndexHasItsMentionsOnceAskedAndKeepsThemWhenTouched() {
        IndexedArticle stored = IndexedArticle.stored(article(), 10, 20, List.of(), MentionCodec.encode(MENTIONS), "v1");
        assertThat(stored.hasMentions()).isTrue();
        IndexedArticle touched = stored.withFileState(11, 21);
        assertThat(stored.mentions()).hasSize(3);
        assertThat(touched.hasMentions()).isTrue();
        assertThat(touched.mentions()).isEqualTo(stored.mentions());
        assertThat(touched.extractorVersion()).isEqualTo("v1");

        IndexedArticle none = IndexedArticle.stored(article(), 10, 20, List.of(), null, null);
        assertThat(none.hasMentions()).isFalse();
        assertThat(none.mentions()).isNull();
    }
}
