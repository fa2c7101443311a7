package org.triangulate.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Side tabs built on first use: nothing is built for a tab nobody opens, and a built tab is ready to take focus. */
@ExtendWith(ApplicationExtension.class)
class LazyTabTest {

    private final AtomicInteger builds = new AtomicInteger();
    private TabPane tabs;
    private LazyTab<ListView<String>> lazy;

    @Start
    void start(Stage stage) {
        lazy = new LazyTab<>("Later", () -> {
            builds.incrementAndGet();
            ListView<String> list = new ListView<>();
            list.getItems().setAll("a", "b");
            return list;
        });
        tabs = new TabPane(new Tab("First", new Label("shown at start")), lazy);
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void theContentIsBuiltOnlyWhenTheTabIsFirstSelectedAndOnce() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(builds).hasValue(0);
        assertThat(lazy.isBuilt()).isFalse();
        assertThat(lazy.getContent()).isNull();

        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(lazy)).get();
        assertThat(builds).hasValue(1);
        assertThat(lazy.getContent()).isSameAs(lazy.content());

        WaitForAsyncUtils.asyncFx(() -> {
            tabs.getSelectionModel().select(0);
            tabs.getSelectionModel().select(lazy);
        }).get();
        assertThat(builds).hasValue(1);
    }

    @Test
    void aControlInsideTheBuiltContentCanTakeTheFocusAtOnce() throws Exception {
        // a control that the content's own skin places (here in a nested tab pane, as the conflicts view has it)
        ListView<String> inner = new ListView<>();
        LazyTab<TabPane> nested = new LazyTab<>("Nested", () -> new TabPane(new Tab("Inner", inner)));
        boolean focused = WaitForAsyncUtils.asyncFx(() -> {
            tabs.getTabs().add(nested);
            tabs.getSelectionModel().select(nested);
            nested.content();
            inner.requestFocus();
            return inner.getScene() != null && inner.isFocused();
        }).get();
        assertThat(focused).isTrue();
    }
}
