package org.triangulate.ui.entities;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.triangulate.nlp.EntityType;
import org.triangulate.ui.common.EntityTypeLabels;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.workbench.WorkbenchViewModel;

/** The colour legend of entity types, which doubles as the switches that show or hide each type's highlighting. */
public final class EntityLegend extends HBox {

    private boolean compact;

    public EntityLegend(WorkbenchViewModel vm) {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("entity-legend");
        setId("entity-legend");
        int n = 1;
        for (EntityType type : EntityType.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", HighlightLayers.classOf(type));
            ToggleButton toggle = new ToggleButton(EntityTypeLabels.plural(type), swatch);
            toggle.getStyleClass().addAll("legend-toggle", "small");
            toggle.setId("legend-" + HighlightLayers.classOf(type));
            toggle.setFocusTraversable(false);
            toggle.setMinWidth(Region.USE_PREF_SIZE); // a legend entry cut to "Peo…" says nothing
            toggle.setTooltip(new Tooltip("Show or hide " + EntityTypeLabels.plural(type).toLowerCase() + " (Alt+" + n++ + ")"));
            toggle.setSelected(vm.isTypeShown(type));
            vm.reader().hiddenTypesProperty().addListener((o, a, hidden) -> toggle.setSelected(!hidden.contains(type)));
            toggle.setOnAction(e -> {
                vm.toggleType(type);
                toggle.setSelected(vm.isTypeShown(type));
            });
            getChildren().add(toggle);
        }
    }

    /** In a narrow window, only the colour swatches show (each keeps its name in the tooltip). */
    public void setCompact(boolean compact) {
        this.compact = compact;
        for (javafx.scene.Node n : getChildren()) {
            ((ToggleButton) n).setContentDisplay(compact ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT);
        }
    }

    /** The width the legend needs to show every type's name, whether it shows them now or not. */
    public double widthWithNames() {
        double width = prefWidth(-1);
        if (compact) {
            for (javafx.scene.Node n : getChildren()) {
                ToggleButton toggle = (ToggleButton) n;
                javafx.scene.text.Text name = new javafx.scene.text.Text(toggle.getText());
                name.setFont(toggle.getFont());
                width += Math.ceil(name.getLayoutBounds().getWidth()) + toggle.getGraphicTextGap();
            }
        }
        return width;
    }

}
