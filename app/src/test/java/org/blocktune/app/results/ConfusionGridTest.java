package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.blocktune.app.common.Theme;
import org.blocktune.core.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The confusion matrix of the final fit, in a scroll pane as wide as the one beside the test
 * metrics in a 1280-pixel window: Fashion-MNIST's ten class names show in full and the whole matrix
 * fits without scrolling sideways (snapshot in {@code target/screenshots/confusion-fashion.png});
 * three iris classes keep level headings.
 */
@ExtendWith(ApplicationExtension.class)
class ConfusionGridTest {
    private static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    private ScrollPane pane;

    @Start
    void start(Stage stage) {
        pane = new ScrollPane();
        pane.setFitToWidth(true);
        Scene scene = new Scene(pane, 840, 600);
        scene.getStylesheets().addAll(Theme.EDITOR, Theme.WORKBENCH);
        stage.setScene(scene);
        stage.show();
    }

    private static ConfusionMatrix matrix(List<String> levels) {
        int k = levels.size();
        List<Integer> truth = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                for (int n = 0; n < (t == p ? 40 : (t + p) % 3); n++) {
                    truth.add(t);
                    predicted.add(p);
                }
            }
        }
        return ConfusionMatrix.of(truth.stream().mapToInt(i -> i).toArray(),
                predicted.stream().mapToInt(i -> i).toArray(), levels);
    }

    private Node show(List<String> levels) throws Exception {
        return fx(() -> {
            Node grid = ConfusionGrid.of(matrix(levels));
            pane.setContent(grid);
            pane.applyCss();
            pane.layout();
            return pane.lookup("#confusionGrid");
        });
    }

    /** What each heading shows on screen (the skin's text, which ends in "…" when cut short). */
    private static List<String> shownHeadings(Node grid) {
        return grid.lookupAll(".confusion-header").stream()
                .map(n -> ((Text) n.lookup(".text")).getText()).toList();
    }

    @Test
    void tenLongClassNamesShowInFullAndTheMatrixFitsTheWidth() throws Exception {
        Node grid = show(FASHION);
        List<String> shown = fx(() -> shownHeadings(grid));
        List<String> expected = new ArrayList<>(FASHION); // column headings, "total", row headings, "total"
        expected.add("total");
        expected.addAll(FASHION);
        expected.add("total");
        assertEquals(expected, shown);
        double width = fx(() -> grid.getLayoutBounds().getWidth());
        double viewport = fx(() -> pane.getViewportBounds().getWidth());
        assertTrue(width <= viewport, "matrix " + width + " px wide in a " + viewport + " px view");
        assertTrue(fx(() -> grid.lookupAll(".confusion-header").stream().filter(n -> n.getParent() instanceof Group)
                .count()) == 10, "the ten column headings stand upright");
        WritableImage img = fx(() -> pane.getScene().snapshot(null));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve("confusion-fashion.png").toFile());
        Label shirtAsTrouser = fx(() -> (Label) grid.lookup("#confusion-6-1"));
        assertEquals("1 test row of Shirt predicted as Trouser (2% of Shirt)",
                fx(() -> shirtAsTrouser.getTooltip().getText()));
    }

    @Test
    void sharesNeverRoundToNoneOrAll() {
        assertEquals("<1%", ConfusionGrid.percent(1 / 300.0), "1 wrong row of 300 is not 0%");
        assertEquals(">99%", ConfusionGrid.percent(299 / 300.0), "299 of 300 is not 100%");
        assertEquals("0%", ConfusionGrid.percent(0));
        assertEquals("100%", ConfusionGrid.percent(1));
        assertEquals("2%", ConfusionGrid.percent(1 / 49.0));
    }

    @Test
    void threeClassesKeepLevelHeadings() throws Exception {
        Node grid = show(List.of("setosa", "versicolor", "virginica"));
        assertEquals(List.of("setosa", "versicolor", "virginica", "total", "setosa", "versicolor", "virginica", "total"),
                fx(() -> shownHeadings(grid)));
        assertFalse(fx(() -> grid.lookupAll(".confusion-header").stream().anyMatch(n -> n.getParent() instanceof Group)));
        assertEquals("40 test rows of versicolor predicted correctly (98% of versicolor)",
                fx(() -> ((Label) grid.lookup("#confusion-1-1")).getTooltip().getText()));
    }
}
