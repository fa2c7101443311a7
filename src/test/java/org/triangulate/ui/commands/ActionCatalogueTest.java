package org.triangulate.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ActionCatalogueTest {

    private final AtomicInteger fired = new AtomicInteger();

    private ActionCatalogue catalogue() {
        ActionCatalogue c = new ActionCatalogue();
        c.define(new ActionSpec("reader.next-sentence", "Next sentence", "Reader", null, List.of("J"), false), fired::incrementAndGet);
        c.define(new ActionSpec("reader.previous-sentence", "Previous sentence", "Reader", null, List.of("K"), false), () -> { });
        c.define(new ActionSpec("view.command-palette", "Command palette", "View", null, List.of("Shortcut+Shift+P", "Shortcut+K"), true), () -> { });
        return c;
    }

    @Test
    void rebindingTakesTheKeyFromTheActionThatHadIt() {
        ActionCatalogue c = catalogue();
        c.rebind("reader.next-sentence", KeyCombination.valueOf("K"));
        assertThat(c.get("reader.next-sentence").keys()).containsExactly(KeyCombination.valueOf("K"));
        assertThat(c.get("reader.previous-sentence").keys()).isEmpty();
    }

    @Test
    void theHoldersOfAKeyAreTheOtherActionsThatHaveIt() {
        ActionCatalogue c = catalogue();
        assertThat(c.holdersOf(KeyCombination.valueOf("K"), "reader.next-sentence")).extracting(AppAction::id)
                .containsExactly("reader.previous-sentence");
        assertThat(c.holdersOf(KeyCombination.valueOf("K"), "reader.previous-sentence")).isEmpty();
        assertThat(c.holdersOf(KeyCombination.valueOf("Shortcut+K"), "reader.next-sentence")).extracting(AppAction::id)
                .containsExactly("view.command-palette");
        assertThat(c.holdersOf(KeyCombination.valueOf("F9"), "reader.next-sentence")).isEmpty();
    }

    @Test
    void reboundKeysSurviveASaveAndLoad() {
        ActionCatalogue c = catalogue();
        c.rebind("reader.next-sentence", KeyCombination.valueOf("Ctrl+Alt+J"));
        Map<String, String> saved = c.customKeys();
        assertThat(saved).containsOnlyKeys("reader.next-sentence");

        ActionCatalogue fresh = catalogue();
        fresh.applyCustomKeys(saved);
        assertThat(fresh.get("reader.next-sentence").keys()).containsExactly(KeyCombination.valueOf("Ctrl+Alt+J"));
        assertThat(fresh.get("reader.previous-sentence").keys()).containsExactly(KeyCombination.valueOf("K"));
        assertThat(fresh.get("view.command-palette").isRebound()).isFalse();
    }

    @Test
    void aKeyTakenFromAnotherActionIsSavedAsTakenAway() {
        ActionCatalogue c = catalogue();
        c.rebind("reader.next-sentence", KeyCombination.valueOf("K"));
        ActionCatalogue fresh = catalogue();
        fresh.applyCustomKeys(c.customKeys());
        assertThat(fresh.get("reader.previous-sentence").keys()).isEmpty();
        assertThat(fresh.get("reader.next-sentence").keys()).containsExactly(KeyCombination.valueOf("K"));
    }

    @Test
    void unreadableSavedKeysKeepTheDefault() {
        ActionCatalogue c = catalogue();
        c.applyCustomKeys(Map.of("reader.next-sentence", "Ctrl+Nonsense+", "no.such.action", "F9"));
        assertThat(c.get("reader.next-sentence").keys()).containsExactly(KeyCombination.valueOf("J"));
    }

    @Test
    void resetRestoresEveryDefault() {
        ActionCatalogue c = catalogue();
        c.rebind("view.command-palette", KeyCombination.valueOf("F2"));
        c.resetKeys();
        assertThat(c.customKeys()).isEmpty();
        assertThat(c.get("view.command-palette").keys()).hasSize(2);
    }

    @Test
    void menusKeepTheirOrderAndAnIdIsDefinedOnce() {
        ActionCatalogue c = catalogue();
        assertThat(c.byMenu().keySet()).containsExactly("Reader", "View");
        assertThatThrownBy(() -> c.define(new ActionSpec("reader.next-sentence", "x", "Reader", null, List.of(), false), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandPaletteMatchesEveryTypedWord() {
        ActionCatalogue c = catalogue();
        var matches = CommandPalette.matcher("sent prev");
        assertThat(c.all().stream().filter(matches).map(AppAction::id)).containsExactly("reader.previous-sentence");
        assertThat(c.all().stream().filter(CommandPalette.matcher(""))).hasSize(3);
    }

    @Test
    void aDisabledActionDoesNothing() {
        AppAction a = catalogue().get("reader.next-sentence");
        a.fire();
        a.disabledProperty().set(true);
        a.fire();
        assertThat(fired).hasValue(1);
    }
}
