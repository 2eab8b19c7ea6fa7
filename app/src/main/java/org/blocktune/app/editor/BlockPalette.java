package org.blocktune.app.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.CompositeBlock;

/**
 * The searchable list of blocks a user can add: the built-in catalogue and the project's composite
 * blocks. Drag a block onto the canvas (or double-click it) to add it.
 */
public final class BlockPalette {

    /** Where a palette block was released, in scene coordinates. */
    public record Drop(Block block, double sceneX, double sceneY) {
    }

    private final VBox box = new VBox(6);
    private final ObservableList<Block> all = FXCollections.observableArrayList();

    /**
     * @param doc    the document whose catalogue is listed
     * @param onDrop called when a block is dragged out and released
     * @param onAdd  called when a block is double-clicked
     */
    public BlockPalette(EditorDocument doc, Consumer<Drop> onDrop, Consumer<Block> onAdd) {
        TextField search = new TextField();
        search.setPromptText("Search blocks");
        search.setId("paletteSearch");
        FilteredList<Block> items = new FilteredList<>(all);
        search.textProperty().addListener((o, a, text) -> items.setPredicate(b -> text == null || text.isBlank()
                || b.name().contains(text.trim().toLowerCase()) || b.description().toLowerCase()
                .contains(text.trim().toLowerCase())));
        ListView<Block> list = new ListView<>(items);
        list.setId("palette");
        list.setCellFactory(v -> {
            ListCell<Block> cell = new ListCell<>() {
                @Override
                protected void updateItem(Block b, boolean empty) {
                    super.updateItem(b, empty);
                    if (empty || b == null) {
                        setText(null);
                        setTooltip(null);
                        setId(null);
                    } else {
                        setText(b instanceof CompositeBlock ? b.name() + "  (composite)" : b.name());
                        setTooltip(new Tooltip(b.description()));
                        setId("palette-" + b.name());
                    }
                }
            };
            cell.setOnMouseDragged(e -> cell.setCursor(Cursor.CLOSED_HAND));
            cell.setOnMouseReleased(e -> {
                cell.setCursor(Cursor.DEFAULT);
                if (cell.getItem() != null && !cell.contains(e.getX(), e.getY())) {
                    onDrop.accept(new Drop(cell.getItem(), e.getSceneX(), e.getSceneY()));
                }
            });
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && cell.getItem() != null) {
                    onAdd.accept(cell.getItem());
                }
            });
            return cell;
        });
        Label description = new Label();
        description.setWrapText(true);
        description.setId("paletteDescription");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                description.setText(b == null ? "" : b.name() + ": " + b.description()));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Drag onto the canvas, or double-click");
        hint.getStyleClass().add("inspector-description");
        box.getChildren().addAll(new Label("Blocks"), search, list, description, hint);
        box.setStyle("-fx-padding: 8;");
        doc.addListener(c -> refresh(doc));
        refresh(doc);
    }

    private void refresh(EditorDocument doc) {
        List<Block> blocks = doc.catalogue().all();
        if (!blocks.equals(all)) {
            all.setAll(blocks);
        }
    }

    /** The palette's node. */
    public Node node() {
        return box;
    }
}
