package org.triangulate.corpus;

import java.util.List;

/**
 * The outcome of reading one corpus file: an article (possibly with warnings such as a charset fallback or a
 * truncation), or a reason it was skipped.
 */
public record ReadResult(Article article, List<String> warnings, String skipReason) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }

    public static ReadResult ok(Article article, List<String> warnings) {
        return new ReadResult(article, warnings, null);
    }

    public static ReadResult skipped(String reason) {
        return new ReadResult(null, List.of(), reason);
    }

    public boolean isSkipped() {
        return article == null;
    }
}
