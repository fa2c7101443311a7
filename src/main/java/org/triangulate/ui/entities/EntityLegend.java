package org.triangulate.ui.entities;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.triangulate.nlp.EntityType;
import org.triangulate.ui.common.EntityTypeLabels;
import org.triangulate.ui.reader.HighlightLayers;
import org.triangulate.ui.workbench.WorkbenchViewModel;

/** The colour legend of entity types, which doubles as the switches that show or hide each type's highlighting. */
public final class EntityLegend extends FlowPane {

    public EntityLegend(WorkbenchViewModel vm) {
        super(6, 4);
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

}
