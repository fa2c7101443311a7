package org.triangulate.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article of the corpus: its body text exactly as the analyst received it (minus any metadata header),
 * its metadata and its sentences. Every offset anywhere in Triangulate refers to {@link #body()}.
 *
 * @param id        stable id derived from the body text ({@link ArticleId#of(String)})
 * @param file      path relative to the corpus folder, with '/' separators
 * @param meta      title, outlet, URL, date, language
 * @param body      the article text
 * @param sentences sentence spans over the body, in order
 */
public record Article(String id, String file, ArticleMeta meta, String body, List<TextSpan> sentences) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
        sentences = List.copyOf(sentences);
    }

    public String title() {
        return meta.title();
    }

    public String outlet() {
        return meta.outlet();
    }

    public LocalDate published() {
        return meta.published();
    }

    /** The text of a span of the body. */
    public String text(TextSpan span) {
        return body.substring(span.start(), span.end());
    }

    /** The sentence containing {@code offset}, or the nearest one before it; null for an empty article. */
    public TextSpan sentenceAt(int offset) {
        TextSpan best = null;
        for (TextSpan s : sentences) {
            if (s.start() <= offset) {
                best = s;
            }
            if (s.end() > offset) {
                break;
            }
        }
        return best;
    }
}
