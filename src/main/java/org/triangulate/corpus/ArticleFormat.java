package org.triangulate.corpus;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an analyst hands us that we can read, recognised by file extension. */
public enum ArticleFormat {
    TEXT, MARKDOWN, HTML, PDF;

    /** The format for a file name, or empty when we cannot read that kind of file. */
    public static Optional<ArticleFormat> of(String fileName) {
        String ext = extension(fileName);
        switch (ext) {
            case ".txt":
                return Optional.of(TEXT);
            case ".md":
            case ".markdown":
                return Optional.of(MARKDOWN);
            case ".html":
            case ".htm":
                return Optional.of(HTML);
            case ".pdf":
                return Optional.of(PDF);
            default:
                return Optional.empty();
        }
    }

    /** The lower-cased extension with its dot (".docx"), or "" when the name has none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return "";
        }
        return fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
