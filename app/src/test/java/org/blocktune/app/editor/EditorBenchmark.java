package org.blocktune.app.editor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.blocktune.app.editor.model.DocState;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.Position;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Shape;

/**
 * Measures the editor with 200 blocks: time to apply an edit (re-resolve, rebuild the canvas) and
 * redraw (CSS + layout + a rendered snapshot of the editor). Run with the test classpath, on a
 * display or with the Monocle flags; prints milliseconds per edit.
 */
public final class EditorBenchmark {

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(blocks);
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.MINUTES);
        Platform.exit();
    }

    private static void run(int blocks) {
        FunctionalSpec g = FunctionalSpec.named("big").add("input", BlockCatalogue.builtin(LayerKind.INPUT));
        String prev = "input";
        for (int i = 1; i <= blocks - 2; i++) {
            String name = "d" + i;
            g = g.add(name, BlockCatalogue.builtin(i % 3 == 0 ? LayerKind.DROPOUT : LayerKind.DENSE), prev);
            prev = name;
        }
        g = g.add("output", BlockCatalogue.builtin(LayerKind.OUTPUT), prev);
        EditorDocument doc = new EditorDocument(DocState.of(g), DataShape.classification(Shape.flat(20), 3));
        EditorPane pane = new EditorPane(doc);
        Stage stage = new Stage();
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 1200, 800);
        stage.setScene(scene);
        stage.show();
        System.out.printf("blocks=%d resolves ok=%s%n", doc.spec().nodes().size(), doc.resolution().ok());
        int warm = 10;
        int n = 40;
        long[] editOnly = new long[n];
        long[] editRedraw = new long[n];
        for (int i = -warm; i < n; i++) {
            long t0 = System.nanoTime();
            doc.setValue("d1_units", 16 + (i + warm) % 50);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long t1 = System.nanoTime();
            WritableImage img = scene.snapshot(null);
            long t2 = System.nanoTime();
            if (i >= 0 && img != null) {
                editOnly[i] = t1 - t0;
                editRedraw[i] = t2 - t0;
            }
        }
        long[] move = new long[n];
        for (int i = -warm; i < n; i++) {
            long t0 = System.nanoTime();
            doc.moveBlocks(java.util.Map.of("d5", new Position(100 + i, 300)));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.snapshot(null);
            if (i >= 0) {
                move[i] = System.nanoTime() - t0;
            }
        }
        report("set argument: edit + resolve + rebuild + CSS/layout", editOnly);
        report("set argument: ... + rendered snapshot (redraw)", editRedraw);
        report("move block: edit + rebuild + redraw", move);
        stage.close();
    }

    private static void report(String what, long[] ns) {
        java.util.Arrays.sort(ns);
        System.out.printf("%-55s median %6.1f ms  p90 %6.1f ms  max %6.1f ms%n", what, ns[ns.length / 2] / 1e6,
                ns[(int) (ns.length * 0.9)] / 1e6, ns[ns.length - 1] / 1e6);
    }
}
