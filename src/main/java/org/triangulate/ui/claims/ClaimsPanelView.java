package org.triangulate.ui.claims;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.triangulate.casefile.Stance;
import org.triangulate.claims.ClaimActions;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.claims.ClaimView;
import org.triangulate.claims.GroupView;

/**
 * The claims panel: claim groups (the analyst's and the machine's suggestions), each with its members from the
 * different outlets, and the claims no other source shares. Selecting a group scrolls every open column to its
 * member; selecting a claim shows it in its column. The analyst's claims whose quote can no longer be found are
 * listed last, flagged, with what was saved on them. Only binds to {@link ClaimsViewModel}.
 */
public final class ClaimsPanelView extends VBox {

    /**
     * A tree node: a group heading, a claim, the "reported once" heading (both null) or, with {@code lostHeading},
     * the heading of the claims whose quote can no longer be found.
     */
    private record Node(GroupView group, ClaimView claim, boolean lostHeading) {
        Node(GroupView group, ClaimView claim) {
            this(group, claim, false);
        }
    }

    private final ClaimsViewModel vm;
    private final TreeView<Node> tree = new TreeView<>();

    public ClaimsPanelView(ClaimsViewModel vm) {
        this.vm = vm;
        setId("claims-panel");
        getStyleClass().add("claims-panel");
        setSpacing(6);
        setPadding(new Insets(8));

        CustomTextField filter = new CustomTextField();
        filter.setId("claims-filter");
        filter.setPromptText("Filter claims: words, source, entity, file");
        filter.setLeft(new FontIcon(Material2AL.FILTER_LIST));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                tree.getSelectionModel().selectFirst();
                e.consume();
            }
        });

        ComboBox<Stance> stance = new ComboBox<>(FXCollections.observableArrayList(Stance.values()));
        stance.getItems().add(0, null);
        stance.setPromptText("Any stance");
        stance.setButtonCell(stanceCell());
        stance.setCellFactory(l -> stanceCell());
        stance.valueProperty().bindBidirectional(vm.stanceFilterProperty());
        ComboBox<String> tag = new ComboBox<>();
        tag.setPromptText("Any tag");
        Runnable fillTags = () -> {
            String keep = tag.getValue();
            tag.getItems().setAll(vm.tags().stream().map(t -> t.name()).toList());
            tag.getItems().add(0, null);
            tag.setValue(keep);
        };
        vm.tags().addListener((InvalidationListener) o -> fillTags.run());
        fillTags.run();
        tag.valueProperty().bindBidirectional(vm.tagFilterProperty());
        CheckBox suggestions = new CheckBox("Suggestions");
        suggestions.setId("claims-show-suggestions");
        suggestions.selectedProperty().bindBidirectional(vm.showSuggestionsProperty());
        Button acceptGroup = new Button("Accept group");
        acceptGroup.setId("claims-accept-group");
        acceptGroup.setOnAction(e -> vm.acceptSelectedGroup());
        acceptGroup.disableProperty().bind(vm.selectedGroupProperty().isNull());
        Button removeLost = new Button("Remove lost claim");
        removeLost.setId("claims-remove-lost");
        removeLost.setOnAction(e -> selectedLost().ifPresent(c ->
                vm.edit("Remove lost claim", ClaimActions.remove(c.id()))));
        removeLost.managedProperty().bind(removeLost.visibleProperty());
        removeLost.setVisible(false);
        HBox filters = new HBox(6, stance, tag, suggestions, acceptGroup, removeLost);

        Label message = new Label();
        message.setId("claims-message");
        message.getStyleClass().add("claims-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        tree.setId("claims-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new ClaimCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            removeLost.setVisible(selectedLost().isPresent());
            if (item == null || item.getValue() == null) {
                return;
            }
            Node n = item.getValue();
            if (n.claim() != null && n.claim().isLost()) {
                // its offsets point at other text now: say so rather than show the wrong sentence
                vm.messageProperty().set("This claim's quote is no longer in " + n.claim().file()
                        + " (the article changed). Tag the sentence again if it still says it, and remove this one.");
            } else if (n.claim() != null) {
                vm.revealClaim(n.claim());
            } else if (n.group() != null) {
                vm.revealGroup(n.group());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);

        InvalidationListener rebuild = o -> rebuild();
        vm.visibleGroups().addListener(rebuild);
        vm.visibleUngrouped().addListener(rebuild);
        vm.overviewProperty().addListener(rebuild);
        rebuild();

        getChildren().addAll(filter, filters, tree, message);
    }

    /** Puts the keyboard in the claims tree, on the first entry if nothing is selected. */
    public void focusTree() {
        tree.requestFocus();
        if (tree.getSelectionModel().isEmpty()) {
            tree.getSelectionModel().selectFirst();
        }
    }

    private void rebuild() {
        TreeItem<Node> root = new TreeItem<>();
        for (GroupView g : vm.visibleGroups()) {
            TreeItem<Node> group = new TreeItem<>(new Node(g, null));
            g.claims().forEach(c -> group.getChildren().add(new TreeItem<>(new Node(null, c))));
            group.setExpanded(!g.suggested() || vm.visibleGroups().size() <= 12);
            root.getChildren().add(group);
        }
        List<ClaimView> once = vm.visibleUngrouped();
        if (!once.isEmpty()) {
            TreeItem<Node> heading = new TreeItem<>(new Node(null, null));
            once.forEach(c -> heading.getChildren().add(new TreeItem<>(new Node(null, c))));
            root.getChildren().add(heading);
        }
        List<ClaimView> lost = lostClaims();
        if (!lost.isEmpty()) {
            TreeItem<Node> heading = new TreeItem<>(new Node(null, null, true));
            lost.forEach(c -> heading.getChildren().add(new TreeItem<>(new Node(null, c))));
            heading.setExpanded(true);
            root.getChildren().add(heading);
        }
        tree.setRoot(root);
    }

    /** The analyst's claims whose quote is gone; always listed, whatever the filters, so none is missed. */
    private List<ClaimView> lostClaims() {
        ClaimOverview overview = vm.overviewProperty().get();
        return overview == null ? List.of() : overview.lost();
    }

    private java.util.Optional<ClaimView> selectedLost() {
        TreeItem<Node> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null || item.getValue().claim() == null || !item.getValue().claim().isLost()
                ? java.util.Optional.empty() : java.util.Optional.of(item.getValue().claim());
    }

    /** "Lost · was in group “Emails stolen” · impact · a.txt". */
    private String lostLine(ClaimView c) {
        String group = c.groupId() == null ? "" : " · was in group “" + vm.currentCase().group(c.groupId())
                .map(g -> g.summary().isBlank() ? c.groupId() : g.summary()).orElse(c.groupId()) + "”";
        return "⚠ Lost: quote no longer in the article" + group
                + (c.tags().isEmpty() ? "" : " · " + String.join(", ", c.tags())) + " · " + c.file();
    }

    private static ListCell<Stance> stanceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Stance item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "Any stance" : StanceLabels.label(item));
            }
        };
    }

    /** Groups show their summary and how many independent sources carry them; claims their source, stance and quote. */
    private final class ClaimCell extends TreeCell<Node> {
        @Override
        protected void updateItem(Node n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("claims-group", "claims-group-suggested", "claims-claim", "claims-claim-suggested",
                    "claims-once", "claims-claim-lost", "claims-lost-heading");
            setText(null);
            if (empty || n == null) {
                setGraphic(null);
                return;
            }
            if (n.group() != null) {
                GroupView g = n.group();
                getStyleClass().add(g.suggested() ? "claims-group-suggested" : "claims-group");
                setGraphic(lines(
                        line(g.independentSources() + (g.independentSources() == 1 ? " source" : " sources")
                                + (g.suggested() ? " · suggested" : ""), "claims-sources"),
                        line(g.summary(), "claims-summary")));
            } else if (n.claim() != null && n.claim().isLost()) {
                ClaimView c = n.claim();
                getStyleClass().add("claims-claim-lost");
                Label quote = line(c.text(), "claims-quote");
                setGraphic(c.note().isBlank() ? lines(line(lostLine(c), "claims-lost"), quote)
                        : lines(line(lostLine(c), "claims-lost"), quote, line("Note: " + c.note(), "claims-attribution")));
            } else if (n.claim() != null) {
                ClaimView c = n.claim();
                getStyleClass().add(c.id() == null ? "claims-claim-suggested" : "claims-claim");
                setGraphic(lines(
                        line(c.attribution() + " · " + StanceLabels.label(c.stance())
                                + (c.tags().isEmpty() ? "" : " · " + String.join(", ", c.tags())) + " · " + c.file(), "claims-attribution"),
                        line(c.text(), "claims-quote")));
            } else if (n.lostHeading()) {
                getStyleClass().add("claims-lost-heading");
                setGraphic(line("Can no longer be found: the article changed (" + lostClaims().size() + ")", "claims-lost"));
            } else {
                getStyleClass().add("claims-once");
                setGraphic(line("Reported by one source only", "claims-sources"));
            }
        }

        /** Wrapped labels report their height to the cell, so long quotes never overlap the next row. */
        private Label line(String text, String styleClass) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            label.maxWidthProperty().bind(tree.widthProperty().subtract(70));
            label.prefWidthProperty().bind(tree.widthProperty().subtract(70));
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            return label;
        }

        private VBox lines(Label... labels) {
            return new VBox(2, labels);
        }
    }
}
