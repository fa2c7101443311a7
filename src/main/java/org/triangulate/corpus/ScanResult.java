package org.triangulate.corpus;

import java.util.List;

/**
 * What a walk over the corpus folder found.
 *
 * @param files       readable candidates, sorted by relative path
 * @param unsupported files skipped without reading (unknown extension, unreadable, symlink loop...)
 */
public record ScanResult(List<CorpusFile> files, List<SkippedFile> unsupported) {

    public ScanResult {
        files = List.copyOf(files);
        unsupported = List.copyOf(unsupported);
    }
}
