package org.triangulate.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path tmp;

    @Test
    void preferencesRoundTrip() throws Exception {
        PreferencesStore store = new PreferencesStore(tmp);
        UiPreferences prefs = new UiPreferences(1, "dark", new UiPreferences.WindowBounds(10, 20, 1000, 700, false),
                Map.of("sidebar", 0.3), false, "/data/corpus", List.of("/data/corpus"), List.of("a.txt"), List.of("DATE"),
                Map.of("reader.next-sentence", "Ctrl+Alt+J"));
        store.save(prefs);
        assertThat(store.load()).isEqualTo(prefs);
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheDefaultsUsed() throws Exception {
        Files.writeString(tmp.resolve(UiPreferences.FILE_NAME), "{ not json");
        PreferencesStore store = new PreferencesStore(tmp);
        assertThat(store.load()).isEqualTo(UiPreferences.defaults());
        assertThat(store.loadProblem()).contains("could not be read");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("preferences.json.damaged-"));
        }
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Files.writeString(tmp.resolve(UiPreferences.FILE_NAME), "{\"formatVersion\": 2, \"theme\": \"dark\", \"future\": [1, 2]}");
        UiPreferences prefs = new PreferencesStore(tmp).load();
        assertThat(prefs.theme()).isEqualTo("dark");
        assertThat(prefs.openArticles()).isEmpty();
    }
}
