package org.blocktune.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class BlockTuneApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("BlockTune");
        stage.setScene(new Scene(new Label("BlockTune"), 800, 600));
        stage.show();
    }
}
