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
    private final ListView<Block> list;
    private final List<org.blocktune.app.common.KeyBinding> keys;

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
        search.setAccessibleText("Search blocks");
        list = new ListView<>(items);
        list.setId("palette");
        list.setAccessibleText("Block palette");
        list.setAccessibleHelp("Arrow keys choose a block; Enter adds it after the selected block on the canvas.");
        keys = List.of(org.blocktune.app.common.KeyBinding.of("Enter",
                "Add the chosen block after the selected block (wired to it in a graph)", () -> {
                    Block b = list.getSelectionModel().getSelectedItem();
                    if (b != null) {
                        BlockPlacement.addAfterSelection(doc, b);
                    }
                }));
        org.blocktune.app.common.KeyBinding.install(list, keys);
        // arriving by Tab on an empty selection: the first block is the one Enter adds
        list.focusedProperty().addListener((o, was, is) -> {
            if (is && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
            }
        });
        list.setCellFactory(v -> {
            ListCell<Block> cell = new ListCell<>() {
                @Override
                protected void updateItem(Block b, boolean empty) {
                    super.updateItem(b, empty);
                    if (empty || b == null) {
                        setText(null);
                        setTooltip(null);
                        setId(null);
                        setAccessibleText(null);
                    } else {
                        setText(b instanceof CompositeBlock ? b.name() + "  (composite)" : b.name());
                        setTooltip(new Tooltip(b.description()));
                        setAccessibleText(b.name() + " block: " + b.description());
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
        Label hint = new Label("Drag onto the canvas, double-click, or Enter");
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

    /** The keys the block list answers (listed by Help ▸ Keyboard Shortcuts). */
    public List<org.blocktune.app.common.KeyBinding> keyBindings() {
        return keys;
    }

    /** Moves the keyboard focus to the block list. */
    public void focusList() {
        list.requestFocus();
    }

    /** The palette's node. */
    public Node node() {
        return box;
    }
}
