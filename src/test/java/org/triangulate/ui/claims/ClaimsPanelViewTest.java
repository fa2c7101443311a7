package org.triangulate.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.Stance;
import org.triangulate.task.Progress;
import org.triangulate.ui.common.BackgroundTasks;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

/** The claims panel shows the analyst's claims whose quote is gone, flagged, and lets them be removed. */
@ExtendWith(ApplicationExtension.class)
class ClaimsPanelViewTest {

    @TempDir
    static Path tmp;

    private static int run;
    private Workspace ws;
    private ClaimsViewModel vm;

    private static final String GONE = "Hackers stole more than 10,000 emails from the ministry, officials said on Monday.";

    @Start
    void start(Stage stage) throws Exception {
        Path dir = tmp.resolve("run" + run++);
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, "a.txt", "Ministry hacked\n\nHackers stole about 12,000 emails from the ministry, officials "
                + "said on Monday. The minister denied that any secret files had been taken from the servers.\n");
        ws = Workspace.open(corpus, dir.resolve("ws"));
        ws.sync(Progress.NONE);
        CaseFile k = CaseFile.empty().withClaim(new Claim("c1", QuoteAnchor.of("a.txt", GONE, 0, GONE.length()), "officials",
                Stance.ASSERTED, List.of(), List.of("impact"), "check the count", null, ClaimStatus.ACCEPTED));
        new CaseStore(ws.directory()).save(k.withNewGroup("Emails stolen", List.of("c1")));
        vm = new ClaimsViewModel(BackgroundTasks.inline(), new ScriptedPrompts());
        vm.open(ws);
        stage.setScene(new Scene(new ClaimsPanelView(vm), 600, 500));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.close()).get();
        ws.close();
    }

    @Test
    void aLostClaimIsListedFlaggedWithItsGroupNoteAndARemoveButton(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#claims-tree").queryAs(TreeView.class);
        TreeItem<?> heading = tree.getRoot().getChildren().get(tree.getRoot().getChildren().size() - 1);
        assertThat(heading.getChildren()).hasSize(1);

        String texts = String.join(" | ", robot.lookup(".claims-lost").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertThat(texts).contains("Can no longer be found").contains("Lost").contains("Emails stolen");
        assertThat(robot.lookup(GONE).tryQuery()).isPresent();
        assertThat(robot.lookup("Note: check the count").tryQuery()).isPresent();

        WaitForAsyncUtils.asyncFx(() -> tree.getSelectionModel().select(tree.getRow((TreeItem) heading.getChildren().get(0)))).get();
        WaitForAsyncUtils.waitForFxEvents();
        Button remove = robot.lookup("#claims-remove-lost").queryButton();
        assertThat(remove.isVisible()).isTrue();
        assertThat(vm.messageProperty().get()).contains("no longer in a.txt");
        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.currentCase().claims()).isEmpty();
        assertThat(vm.overviewProperty().get().lost()).isEmpty();
    }
}
