package org.triangulate.ui.conflicts;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.Reliability;
import org.triangulate.conflicts.Coverage;
import org.triangulate.conflicts.CoverageCell;
import org.triangulate.conflicts.GroupCredibility;
import org.triangulate.conflicts.OutletReliability;
import org.triangulate.conflicts.ResolvedConflict;
import org.triangulate.conflicts.Variant;

/**
 * Where the sources disagree: the list of conflicts, the selected one's variants side by side (numbered for the
 * 1-9 keys) with its resolution, the coverage matrix (claim groups × outlets) and the source and credibility grades.
 * Only binds to {@link ConflictsViewModel}.
 */
public final class ConflictsView extends TabPane {

    private final ConflictsViewModel vm;
    private final ListView<ResolvedConflict> list = new ListView<>();
    private final HBox variants = new HBox(8);
    private final Label resolution = new Label();
    private final GridPane coverage = new GridPane();
    private final VBox grades = new VBox(6);

    public ConflictsView(ConflictsViewModel vm) {
        this.vm = vm;
        setId("conflicts-view");
        getStyleClass().add("conflicts-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);

        list.setId("conflicts-list");
        list.setItems(vm.visibleConflicts());
        list.setCellFactory(l -> new ConflictCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
            showSelected();
        });
        vm.visibleConflicts().addListener((InvalidationListener) o -> showSelected());

        CheckBox resolved = new CheckBox("Show resolved");
        resolved.selectedProperty().bindBidirectional(vm.showResolvedProperty());
        Label message = new Label();
        message.getStyleClass().add("conflicts-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label keys = new Label("1–9 accept a variant · M merged reading · D disputed · F not a conflict · R reopen");
        keys.getStyleClass().add("conflicts-keys");
        keys.setWrapText(true);

        resolution.setId("conflict-resolution");
        resolution.getStyleClass().add("conflict-resolution");
        resolution.setWrapText(true);
        variants.setId("conflict-variants");
        ScrollPane variantScroll = new ScrollPane(variants);
        variantScroll.setFitToHeight(true);
        VBox detail = new VBox(6, resolution, variantScroll, keys, message);
        detail.setPadding(new Insets(6));
        VBox.setVgrow(variantScroll, Priority.ALWAYS);

        SplitPane split = new SplitPane(new VBox(4, resolved, list), detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(list, Priority.ALWAYS);

        coverage.setId("coverage-matrix");
        coverage.getStyleClass().add("coverage-matrix");
        coverage.setHgap(4);
        coverage.setVgap(4);
        coverage.setPadding(new Insets(8));
        vm.coverageProperty().addListener((o, was, now) -> showCoverage(now));
        showCoverage(vm.coverageProperty().get());

        grades.setPadding(new Insets(8));
        InvalidationListener regrade = o -> showGrades();
        vm.outlets().addListener(regrade);
        vm.credibility().addListener(regrade);

        getTabs().addAll(new Tab("Conflicts", split), new Tab("Coverage", new ScrollPane(coverage)),
                new Tab("Grades", new ScrollPane(grades)));
        // The view may be built after the view model has conflicts and a selection (its tab is built when first shown).
        if (vm.selectedProperty().get() != null) {
            list.getSelectionModel().select(vm.selectedProperty().get());
        }
        showSelected();
        showGrades();
    }

    /** Focuses the conflict list (the conflict keys act while it has the keyboard). */
    public void focusList() {
        getSelectionModel().select(0);
        list.requestFocus();
        if (list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    public ListView<ResolvedConflict> list() {
        return list;
    }

    private void showSelected() {
        ResolvedConflict rc = vm.selectedProperty().get();
        variants.getChildren().clear();
        if (rc == null) {
            resolution.setText(vm.visibleConflicts().isEmpty() ? "No conflicts between the sources." : "Select a conflict.");
            return;
        }
        resolution.setText(ConflictsViewModel.describe(rc));
        List<Variant> vs = rc.conflict().variants();
        for (int i = 0; i < vs.size(); i++) {
            Variant v = vs.get(i);
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("variant-number");
            Label outlet = new Label(v.outlet());
            outlet.getStyleClass().add("variant-outlet");
            Label quote = new Label("“" + v.text() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add("variant-quote");
            Label value = new Label(v.value());
            value.setWrapText(true);
            value.getStyleClass().add("variant-value");
            VBox card = new VBox(4, new HBox(6, number, outlet), quote, value);
            card.getStyleClass().add("variant-card");
            if (rc.acceptedIndex() == i) {
                card.getStyleClass().add("variant-accepted");
            }
            card.setPrefWidth(260);
            card.setMaxWidth(320);
            variants.getChildren().add(card);
        }
    }

    private void showCoverage(Coverage c) {
        coverage.getChildren().clear();
        if (c == null) {
            return;
        }
        for (int col = 0; col < c.outlets().size(); col++) {
            Label h = new Label(shorten(c.outlets().get(col), 18));
            h.getStyleClass().add("coverage-outlet");
            coverage.add(h, col + 1, 0);
        }
        int row = 1;
        for (Coverage.Row r : c.rows()) {
            Label summary = new Label(shorten(r.summary(), 70));
            summary.getStyleClass().add("coverage-claim");
            coverage.add(summary, 0, row);
            for (int col = 0; col < c.outlets().size(); col++) {
                CoverageCell cell = r.cells().get(c.outlets().get(col));
                Label mark = new Label(switch (cell) {
                    case REPORTED -> "●";
                    case REPORTED_DIFFERENTLY -> "◐";
                    case SILENT -> "·";
                });
                mark.getStyleClass().add("coverage-" + cell.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                coverage.add(mark, col + 1, row);
            }
            row++;
        }
        Label legend = new Label("● reported   ◐ reported differently (open conflict)   · silent");
        legend.getStyleClass().add("coverage-legend");
        coverage.add(legend, 0, row + 1, c.outlets().size() + 1, 1);
    }

    private void showGrades() {
        grades.getChildren().clear();
        Label sources = new Label("Source reliability (Admiralty A–F)");
        sources.getStyleClass().add("panel-heading");
        grades.getChildren().add(sources);
        for (OutletReliability o : vm.outlets()) {
            ComboBox<Reliability> box = new ComboBox<>(FXCollections.observableArrayList(Reliability.values()));
            box.setValue(o.grade());
            box.setButtonCell(reliabilityCell());
            box.setCellFactory(l -> reliabilityCell());
            box.valueProperty().addListener((obs, was, now) -> {
                if (now != null && now != o.grade()) {
                    vm.gradeOutlet(o.outlet(), now);
                }
            });
            grades.getChildren().add(new HBox(8, box, new Label(o.outlet())));
        }
        Label groups = new Label("Claim credibility (1–6)");
        groups.getStyleClass().add("panel-heading");
        grades.getChildren().add(groups);
        for (GroupCredibility g : vm.credibility()) {
            ComboBox<Credibility> box = new ComboBox<>(FXCollections.observableArrayList(Credibility.values()));
            box.setValue(g.effective());
            box.setButtonCell(credibilityCell());
            box.setCellFactory(l -> credibilityCell());
            box.valueProperty().addListener((obs, was, now) -> {
                if (now != null && now != g.effective()) {
                    vm.overrideCredibility(g.groupId(), now);
                }
            });
            Label basis = new Label(shorten(g.summary(), 90) + (g.override() != null ? " · set by you: " + g.override().reason()
                    : " · proposed: " + g.basis()));
            basis.setWrapText(true);
            grades.getChildren().add(new HBox(8, box, basis));
        }
    }

    private static ListCell<Reliability> reliabilityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Reliability r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + " — " + r.label());
            }
        };
    }

    private static ListCell<Credibility> credibilityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Credibility c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.grade() + " — " + c.label());
            }
        };
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A conflict in the list: severity, kind, what differs, and whether it is settled. */
    private static final class ConflictCell extends ListCell<ResolvedConflict> {
        @Override
        protected void updateItem(ResolvedConflict rc, boolean empty) {
            super.updateItem(rc, empty);
            getStyleClass().removeAll("conflict-high", "conflict-medium", "conflict-low", "conflict-resolved", "conflict-changed");
            if (empty || rc == null) {
                setText(null);
                return;
            }
            getStyleClass().add("conflict-" + rc.conflict().severity().name().toLowerCase(java.util.Locale.ROOT));
            if (rc.changedSinceResolved()) {
                getStyleClass().add("conflict-changed");
            } else if (!rc.isOpen()) {
                getStyleClass().add("conflict-resolved");
            }
            setWrapText(true);
            setPrefWidth(0);
            setText((rc.isOpen() ? "" : rc.changedSinceResolved() ? "⚠ changed since resolved · " : "✓ ") + rc.conflict().severity() + " " + rc.conflict().kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + rc.conflict().summary());
        }
    }
}
