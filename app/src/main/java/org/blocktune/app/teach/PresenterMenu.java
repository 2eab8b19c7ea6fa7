package org.blocktune.app.teach;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;

/** View ▸ Presenter view, a check item that follows and switches {@link PresenterView}. */
public final class PresenterMenu {
    private PresenterMenu() {
    }

    /** The menu item (id {@code presenterView}, Shortcut+Shift+P). */
    public static CheckMenuItem item() {
        CheckMenuItem item = new CheckMenuItem("Presenter View (large, high contrast)");
        item.setId("presenterView");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        item.setSelected(PresenterView.on());
        item.setOnAction(e -> PresenterView.set(item.isSelected()));
        javafx.beans.value.ChangeListener<Boolean> follow = (o, a, b) -> item.setSelected(b);
        item.getProperties().put(PresenterView.class, follow); // the item keeps the listener; the view holds it weakly
        PresenterView.onProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        return item;
    }
}
