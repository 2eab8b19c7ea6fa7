package org.blocktune.app.editor;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;

/** The searchable list of blocks a user can add. */
public final class BlockPalette {
    private final VBox box = new VBox(6);

    public BlockPalette(BlockCatalogue catalogue) {
        TextField search = new TextField();
        search.setPromptText("Search blocks");
        search.setId("paletteSearch");
        FilteredList<Block> items = new FilteredList<>(FXCollections.observableArrayList(catalogue.all()));
        search.textProperty().addListener((o, a, text) -> items.setPredicate(b -> text == null || text.isBlank()
                || b.name().contains(text.trim().toLowerCase()) || b.description().toLowerCase()
                .contains(text.trim().toLowerCase())));
        ListView<Block> list = new ListView<>(items);
        list.setId("palette");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Block b, boolean empty) {
                super.updateItem(b, empty);
                if (empty || b == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(b.name());
                    setTooltip(new Tooltip(b.description()));
                }
            }
        });
        Label description = new Label();
        description.setWrapText(true);
        description.setId("paletteDescription");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                description.setText(b == null ? "" : b.name() + ": " + b.description()));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getChildren().addAll(new Label("Blocks"), search, list, description);
        box.setStyle("-fx-padding: 8;");
    }

    /** The palette's node. */
    public Node node() {
        return box;
    }
}
