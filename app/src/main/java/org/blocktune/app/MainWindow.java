package org.blocktune.app;

import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.blocktune.app.editor.BlockPalette;
import org.blocktune.app.editor.SpecView;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;
import org.controlsfx.control.StatusBar;

/** The workbench window: menu bar, block palette, editor area and status bar. */
public final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StatusBar status = new StatusBar();
    private final SpecView specView = new SpecView();

    public MainWindow(Stage stage) {
        this.stage = stage;
        BlockPalette palette = new BlockPalette(BlockCatalogue.builtins());
        SplitPane split = new SplitPane(palette.node(), specView.node());
        split.setDividerPositions(0.24);
        root.setTop(menuBar());
        root.setCenter(split);
        status.setId("status");
        status.setText("Ready. Open an example from the Examples menu, or drag blocks from the palette (editor coming).");
        root.setBottom(status);
        setTitle(null);
    }

    /** The window's root node. */
    public Parent root() {
        return root;
    }

    private void setTitle(String model) {
        stage.setTitle("BlockTune — " + (model == null ? "untitled" : model));
    }

    private MenuBar menuBar() {
        Menu examples = new Menu("Examples");
        examples.setId("examplesMenu");
        examples.getItems().addAll(
                example("Iris MLP (seed 000)", SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)),
                example("Fashion-MNIST MLP (seed 001)", SeedSpecs.mnistMlp(),
                        DataShape.classification(Shape.flat(784), 10)),
                example("Diamonds MLP (seed 002)", SeedSpecs.diamondMlp(), DataShape.regression(Shape.flat(23), 1)),
                example("Attrition two towers (seed 002)", SeedSpecs.attritionTowers(),
                        DataShape.classification(Shape.flat(44), 2)));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, quit);
        MenuItem about = new MenuItem("About BlockTune");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION,
                    "BlockTune: build networks from layer blocks, tune them, read the results.\nEngine: Deeplearning4j.");
            a.setHeaderText("BlockTune");
            a.initOwner(stage);
            a.show();
        });
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, new Menu("Edit"), examples, help);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem example(String label, Spec spec, DataShape data) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> open(spec, data));
        return item;
    }

    /** Shows a spec in the editor area against the given data shapes. */
    public void open(Spec spec, DataShape data) {
        specView.show(spec, data, Map.of());
        setTitle(spec.name());
        status.setText(specView.statusLine());
    }
}
