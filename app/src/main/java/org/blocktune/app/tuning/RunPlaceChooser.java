package org.blocktune.app.tuning;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Settings;
import org.blocktune.app.common.SparkModule;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.LocalWorkers;

/**
 * The Run step's "Run on" setting: this computer (local worker threads) or a Spark cluster with
 * its master URL. Both are remembered in the user's settings, not in the project: the same
 * project runs on whichever machine opens it.
 */
final class RunPlaceChooser {
    /** Settings key: {@code local} or {@code spark}. */
    static final String PLACE_KEY = "run.place";
    /** Settings key: the Spark master URL last used. */
    static final String MASTER_KEY = "run.sparkMaster";
    static final String DEFAULT_MASTER = "local[*]";

    private final RadioButton local = new RadioButton("This computer");
    private final RadioButton spark = new RadioButton("Spark cluster");
    private final TextField master = new TextField();
    private final Label line = new Label();
    private final VBox node;

    RunPlaceChooser() {
        ToggleGroup group = new ToggleGroup();
        local.setToggleGroup(group);
        spark.setToggleGroup(group);
        local.setId("runOnThisComputer");
        spark.setId("runOnSpark");
        master.setId("sparkMaster");
        master.setAccessibleText("Spark master URL");
        master.setPromptText("local[*] or spark://host:7077");
        master.setPrefColumnCount(24);
        line.setId("runPlaceLine");
        line.setWrapText(true);
        line.getStyleClass().add("inspector-description");
        boolean onSpark = "spark".equals(Settings.get(PLACE_KEY, "local"));
        (onSpark ? spark : local).setSelected(true);
        master.setText(Settings.get(MASTER_KEY, DEFAULT_MASTER));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                Settings.put(PLACE_KEY, b == spark ? "spark" : "local");
            }
            refresh();
        });
        // kept when the field loses focus or Enter is pressed, not on every key
        master.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                keepMaster();
            }
        });
        master.setOnAction(e -> keepMaster());
        master.textProperty().addListener((o, a, b) -> refresh());
        HBox.setHgrow(master, Priority.ALWAYS);
        HBox row = new HBox(12, local, spark, master);
        row.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(2, row, line);
        refresh();
    }

    Node node() {
        return node;
    }

    /** True when the fits are to run on Spark. */
    boolean onSpark() {
        return spark.isSelected();
    }

    /** The master URL in the field, trimmed. */
    String masterUrl() {
        return master.getText() == null ? "" : master.getText().trim();
    }

    /**
     * Where the next run's fits go (FX thread).
     *
     * @throws IllegalStateException    with a plain message when Spark is chosen but not installed or no master is given
     * @throws IllegalArgumentException when the spark module refuses the master
     */
    FitPlace place() {
        if (!onSpark()) {
            return new LocalWorkers();
        }
        keepMaster();
        if (masterUrl().isEmpty()) {
            throw new IllegalStateException("Give the Spark master URL, e.g. local[*] (Spark inside BlockTune) or "
                    + "spark://host:7077 (a standalone cluster), or choose \"This computer\".");
        }
        return SparkModule.place(masterUrl(), Map.of());
    }

    private void keepMaster() {
        if (!masterUrl().isEmpty() && !masterUrl().equals(Settings.get(MASTER_KEY, DEFAULT_MASTER))) {
            Settings.put(MASTER_KEY, masterUrl());
        }
    }

    private void refresh() {
        master.setDisable(!onSpark());
        if (!onSpark()) {
            line.setText("Fits run on this computer's worker threads.");
        } else if (!SparkModule.available()) {
            line.setText(SparkModule.ABSENT);
        } else {
            line.setText("Each fit runs as a Spark task on " + (masterUrl().isEmpty() ? "the master above" : masterUrl())
                    + "; the run folder stays on this computer. A fit's loss curve appears when it finishes.");
        }
    }
}
