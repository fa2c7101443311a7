package org.triangulate.workspace;

import java.util.List;
import org.triangulate.corpus.SkippedFile;

/**
 * What bringing the workspace up to date with its corpus folder did.
 *
 * @param added     files newly indexed
 * @param updated   files whose text changed and were re-indexed
 * @param unchanged files left as they were
 * @param removed   files no longer in the folder, removed from the index
 * @param skipped   files not ingested, each with its reason
 * @param warnings  files ingested with a problem worth knowing (charset fallback, truncation), with the problem
 * @param searchableAfter from the start of the sync until every article read was searchable (similar-passage
 *                  lookup follows a little later)
 * @param took      the whole sync, sentences for similar passages and commit included
 */
public record SyncReport(List<String> added, List<String> updated, List<String> unchanged, List<String> removed,
                         List<SkippedFile> skipped, List<SkippedFile> warnings, java.time.Duration searchableAfter,
                         java.time.Duration took) {

    public SyncReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** One line such as "5 added, 0 updated, 0 unchanged, 0 removed, 2 skipped". */
    public String summary() {
        return added.size() + " added, " + updated.size() + " updated, " + unchanged.size() + " unchanged, "
                + removed.size() + " removed, " + skipped.size() + " skipped";
    }

    public boolean changedAnything() {
        return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
    }
}
