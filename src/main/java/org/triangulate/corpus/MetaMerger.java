package org.triangulate.corpus;

import java.time.LocalDate;

/**
 * Combines metadata sources in order of trust: each field comes from the first source that has it. The title's
 * source becomes the article's {@link ArticleMeta#origin()}, since the title is what the analyst sees first.
 */
final class MetaMerger {

    static final String FILE_NAME = "file name";

    private String title;
    private String origin;
    private String outlet;
    private String url;
    private LocalDate published;
    private String language;

    MetaMerger add(MetaSource source) {
        if (source == null) {
            return this;
        }
        if (title == null && source.title() != null) {
            title = source.title();
            origin = source.origin();
        }
        outlet = outlet != null ? outlet : source.outlet();
        url = url != null ? url : source.url();
        published = published != null ? published : source.published();
        language = language != null ? language : source.language();
        return this;
    }

    boolean hasTitle() {
        return title != null;
    }

    boolean hasDate() {
        return published != null;
    }

    boolean hasLanguage() {
        return language != null;
    }

    /** The merged metadata; the file name (without extension) stands in for a missing title. */
    ArticleMeta build(String fileName) {
        if (title != null) {
            return new ArticleMeta(title, outlet, url, published, language, origin);
        }
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return new ArticleMeta(stem, outlet, url, published, language, FILE_NAME);
    }
}
