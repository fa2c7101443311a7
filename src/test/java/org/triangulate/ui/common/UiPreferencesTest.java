package org.triangulate.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesTest {

    @TempDir
    Path tmp;

    @Test
    void theBriefingsAnalystAndPaperAreSavedAndReadBack() throws Exception {
        PreferencesStore store = new PreferencesStore(tmp);
        store.save(UiPreferences.defaults().withBriefing("Ana Lyst", "LETTER"));
        UiPreferences back = store.load();
        assertThat(back.analyst()).isEqualTo("Ana Lyst");
        assertThat(back.paperSize()).isEqualTo("LETTER");
    }

    @Test
    void preferencesSavedBeforeTheBriefingFieldsLoadWithoutThem() throws Exception {
        Files.writeString(tmp.resolve(UiPreferences.FILE_NAME), "{\"formatVersion\": 1, \"theme\": \"dark\"}");
        UiPreferences back = new PreferencesStore(tmp).load();
        assertThat(back.theme()).isEqualTo("dark");
        assertThat(back.analyst()).isNull();
        assertThat(back.paperSize()).isNull();
    }

    @Test
    void theWindowsOwnConstructorLeavesTheBriefingFieldsEmpty() {
        UiPreferences p = UiPreferences.defaults().withBriefing("  ", " ");
        assertThat(p.analyst()).isNull();
        assertThat(p.paperSize()).isNull();
        assertThat(UiPreferences.defaults().analyst()).isNull();
    }
}
