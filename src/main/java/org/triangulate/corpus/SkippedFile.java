package org.triangulate.corpus;

/**
 * A file that was not ingested, or was ingested with a problem, and why, in words an analyst understands.
 *
 * @param file   path relative to the corpus folder
 * @param reason e.g. "binary file (not text)", "empty file", "unsupported file type .docx"
 */
public record SkippedFile(String file, String reason) {
}
