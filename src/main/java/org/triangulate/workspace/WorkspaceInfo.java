package org.triangulate.workspace;

import java.time.Instant;

/**
 * The small {@code workspace.json} that says which corpus folder a workspace belongs to.
 *
 * @param formatVersion version of this file's format
 * @param corpus        absolute path of the corpus folder
 * @param created       when the workspace was made
 */
public record WorkspaceInfo(int formatVersion, String corpus, Instant created) {

    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "workspace.json";
}
