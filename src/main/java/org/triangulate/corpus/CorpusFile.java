package org.triangulate.corpus;

import java.nio.file.Path;

/**
 * A file found in the corpus folder that a reader can handle, with what incremental indexing needs to tell
 * whether it changed.
 *
 * @param path         absolute path
 * @param relativePath path relative to the corpus folder, '/' separated (the article's {@code file})
 * @param size         bytes
 * @param lastModified modification time in epoch milliseconds
 */
public record CorpusFile(Path path, String relativePath, long size, long lastModified) {
}
