package org.triangulate.index;

import java.util.List;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Mention;

/**
 * An article as the index holds it: the article, what incremental indexing needs to see whether its file changed,
 * any ingest warnings, and the cached entity mentions with the version of the extractor that produced them.
 *
 * @param mentions         null until entities have been extracted
 * @param extractorVersion null until entities have been extracted
 */
public record IndexedArticle(Article article, long size, long lastModified, List<String> warnings,
                             List<Mention> mentions, String extractorVersion) {

    public IndexedArticle {
        warnings = List.copyOf(warnings);
        mentions = mentions == null ? null : List.copyOf(mentions);
    }

    public IndexedArticle withMentions(List<Mention> newMentions, String version) {
        return new IndexedArticle(article, size, lastModified, warnings, newMentions, version);
    }

    public IndexedArticle withFileState(long newSize, long newLastModified) {
        return new IndexedArticle(article, newSize, newLastModified, warnings, mentions, extractorVersion);
    }
}
