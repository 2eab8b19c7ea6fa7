package org.blocktune.app.common;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Tooltips for long messages (errors, failure reasons): wrapped at a readable width so they stay inside
 * the window, shown quickly and long enough to read.
 */
public final class LongTip {
    /** The widest a long tooltip gets, in pixels. */
    public static final double MAX_WIDTH = 480;

    private LongTip() {
    }

    /** A wrapped tooltip with this text, or null for an empty text (no tooltip). */
    public static Tooltip of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(MAX_WIDTH);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setOnShown(e -> keepOnScreen(t)); // a tip shown near the right edge moves left instead of running off
        return t;
    }

    /** Moves a showing tooltip left so that its right edge stays on its screen. */
    static void keepOnScreen(Tooltip t) {
        var screens = javafx.stage.Screen.getScreensForRectangle(t.getX(), t.getY(), 1, 1);
        javafx.geometry.Rectangle2D b = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                .getVisualBounds();
        if (t.getX() + t.getWidth() > b.getMaxX()) {
            t.setX(Math.max(b.getMinX(), b.getMaxX() - t.getWidth()));
        }
    }
}
