package org.triangulate.index;

import java.util.List;
import java.util.Objects;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Mention;

/**
 * An article as the index holds it: the article, what incremental indexing needs to see whether its file changed,
 * any ingest warnings, and the cached entity mentions with the version of the extractor that produced them.
 *
 * <p>Mentions loaded from the index stay in their stored form until first asked for: reopening a large workspace
 * then does not decode every article's cache before the first search (most are only needed once the entity list or
 * the claims are built, in the background).
 */
public final class IndexedArticle {

    private final Article article;
    private final long size;
    private final long lastModified;
    private final List<String> warnings;
    private final String extractorVersion;
    /** The stored form of the mentions until they are decoded; null once decoded or when there are none. */
    private volatile String encodedMentions;
    private volatile List<Mention> mentions;

    /**
     * @param mentions         null until entities have been extracted
     * @param extractorVersion null until entities have been extracted
     */
    public IndexedArticle(Article article, long size, long lastModified, List<String> warnings,
                          List<Mention> mentions, String extractorVersion) {
        this(article, size, lastModified, warnings, mentions == null ? null : List.copyOf(mentions), null, extractorVersion);
    }

    private IndexedArticle(Article article, long size, long lastModified, List<String> warnings, List<Mention> mentions,
                           String encodedMentions, String extractorVersion) {
        this.article = Objects.requireNonNull(article, "article");
        this.size = size;
        this.lastModified = lastModified;
        this.warnings = List.copyOf(warnings);
        this.mentions = mentions;
        this.encodedMentions = mentions == null ? encodedMentions : null;
        this.extractorVersion = extractorVersion;
    }

    /** An article read back from the index, its mention cache (if any) still in {@link MentionCodec} form. */
    static IndexedArticle stored(Article article, long size, long lastModified, List<String> warnings,
                                 String encodedMentions, String extractorVersion) {
        return new IndexedArticle(article, size, lastModified, warnings, null, encodedMentions, extractorVersion);
    }

    public Article article() {
        return article;
    }

    public long size() {
        return size;
    }

    public long lastModified() {
        return lastModified;
    }

    public List<String> warnings() {
        return warnings;
    }

    public String extractorVersion() {
        return extractorVersion;
    }

    /** True once entities have been extracted for this article (without decoding them). */
    public boolean hasMentions() {
        return mentions != null || encodedMentions != null;
    }

    /** The cached mentions, or null until entities have been extracted. */
    public List<Mention> mentions() {
        List<Mention> decoded = mentions;
        if (decoded == null) {
            String encoded = encodedMentions;
            if (encoded == null) {
                return mentions; // decoded meanwhile by another thread, or never extracted
            }
            decoded = List.copyOf(MentionCodec.decode(encoded, article.body()));
            mentions = decoded; // a benign race decodes twice at worst
            encodedMentions = null;
        }
        return decoded;
    }

    public IndexedArticle withMentions(List<Mention> newMentions, String version) {
        return new IndexedArticle(article, size, lastModified, warnings, newMentions, version);
    }

    public IndexedArticle withFileState(long newSize, long newLastModified) {
        return new IndexedArticle(article, newSize, newLastModified, warnings, mentions, encodedMentions, extractorVersion);
    }

    @Override
    public String toString() {
        return "IndexedArticle[" + article.file() + ", " + (hasMentions() ? "mentions from " + extractorVersion : "no mentions") + "]";
    }
}
