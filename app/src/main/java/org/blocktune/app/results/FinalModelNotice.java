package org.blocktune.app.results;

import javafx.scene.control.Alert;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Says that an opened project's final model could not be read (missing or damaged model file) in a
 * dialog that does not block the window: the project is open and usable meanwhile.
 */
public final class FinalModelNotice {
    private FinalModelNotice() {
    }

    /** Shows {@code text} (the reason and what to do) beside {@code owner}. */
    public static void show(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.setHeaderText("The final model was not opened");
        a.setTitle("BlockTune");
        a.getDialogPane().setId("finalModelNotice");
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.initModality(Modality.NONE);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
