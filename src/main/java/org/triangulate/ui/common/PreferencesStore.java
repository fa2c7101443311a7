package org.triangulate.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.workspace.AtomicFiles;
import org.triangulate.workspace.Json;

/**
 * Reads and writes {@link UiPreferences} in the config folder, crash-safe. A file that cannot be read is kept aside
 * (never overwritten) and the defaults are used, so a damaged file never stops the window from opening.
 */
public final class PreferencesStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);

    private final Path file;
    private String problem;

    public PreferencesStore(Path configDir) {
        this.file = configDir.resolve(UiPreferences.FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public UiPreferences load() {
        if (!Files.exists(file)) {
            return UiPreferences.defaults();
        }
        try {
            return Json.mapper().readValue(file.toFile(), UiPreferences.class);
        } catch (IOException e) {
            Path aside = file.resolveSibling(UiPreferences.FILE_NAME + ".damaged-" + System.currentTimeMillis());
            try {
                Files.move(file, aside);
                problem = "Your preferences could not be read; they were kept as " + aside.getFileName() + " and the defaults used.";
            } catch (IOException moveFailed) {
                problem = "Your preferences could not be read; the defaults are used.";
            }
            LOG.warn("Could not read {}: {}", file, e.toString());
            return UiPreferences.defaults();
        }
    }

    /** A problem met by the last {@link #load()} that the analyst should hear about, or null. */
    public String loadProblem() {
        return problem;
    }

    public void save(UiPreferences preferences) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(preferences));
    }
}
