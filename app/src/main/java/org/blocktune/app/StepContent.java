package org.blocktune.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a step's screen into its tab. The first step's screen goes in at once; the others go in
 * when their tab is first selected or, at the latest, just after the window has shown its first
 * frame. Styling and laying out all six screens before the first frame took about as long as
 * building them (see {@code installers/startup-time.sh}); the window now appears first.
 */
final class StepContent {
    private StepContent() {
    }

    static void attach(Tab tab, Node content, boolean now) {
        if (now || tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        Runnable put = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content);
            }
        };
        tab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                put.run();
            }
        });
        // after the first frame: a later pulse, so the window is drawn before these are styled
        Platform.runLater(() -> Platform.runLater(put));
    }
}
