package org.triangulate.corpus;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Any field but {@code title} may be null.
 *
 * @param title     headline, or the file name when none was found
 * @param outlet    the publishing outlet or source
 * @param url       where it was published
 * @param published publication date
 * @param language  ISO 639-1 code, e.g. "en"
 * @param origin    where the metadata came from, for the analyst ("sidecar", "front matter", "html", "inferred", "file name")
 */
public record ArticleMeta(String title, String outlet, String url, LocalDate published, String language, String origin) {

    public ArticleMeta withTitle(String newTitle) {
        return new ArticleMeta(newTitle, outlet, url, published, language, origin);
    }
}
