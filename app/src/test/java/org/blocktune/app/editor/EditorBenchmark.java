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
 * display or with the Monocle flags; prints milliseconds per edit. Note that {@code applyCss()} on
 * the root forces a CSS pass over every node, which a real pulse does not; the "pulse-like" line
 * lets the snapshot do CSS (changed nodes only), layout and rendering, the "model + views" lines
 * leave CSS and rendering out, and the "CPU" lines count the process's CPU time per operation
 * (all threads, the render thread included), which a loaded machine disturbs less than wall time.
 *
 * <pre>
 * mvn -o -q -pl model-core,app -am install -DskipTests
 * cd app &amp;&amp; mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp-test.txt
 * java -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *     -cp "target/test-classes:target/classes:../model-core/target/classes:$(cat target/cp-test.txt)" \
 *     org.blocktune.app.editor.EditorBenchmark 200
 * </pre>
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
        long[] editModel = new long[n];
        long[] editCpu = new long[n];
        for (int i = -warm; i < n; i++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            doc.setValue("d1_units", 16 + (i + warm) % 50);
            long tm = System.nanoTime();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long t1 = System.nanoTime();
            WritableImage img = scene.snapshot(null);
            long t2 = System.nanoTime();
            if (i >= 0 && img != null) {
                editOnly[i] = t1 - t0;
                editRedraw[i] = t2 - t0;
                editModel[i] = tm - t0;
                editCpu[i] = cpu() - c0;
            }
        }
        long[] move = new long[n];
        long[] moveModel = new long[n];
        long[] moveCpu = new long[n];
        for (int i = -warm; i < n; i++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            doc.moveBlocks(java.util.Map.of("d5", new Position(100 + i, 300)));
            long tm = System.nanoTime();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.snapshot(null);
            if (i >= 0) {
                move[i] = System.nanoTime() - t0;
                moveModel[i] = tm - t0;
                moveCpu[i] = cpu() - c0;
            }
        }
        // as a pulse does: CSS only for the nodes that changed, then layout and render (the snapshot does all three)
        long[] pulse = new long[n];
        for (int i = -warm; i < n; i++) {
            long t0 = System.nanoTime();
            doc.setValue("d1_units", 16 + (i + warm) % 50);
            scene.snapshot(null);
            if (i >= 0) {
                pulse[i] = System.nanoTime() - t0;
            }
        }
        report("set argument: edit + resolve + rebuild + CSS/layout", editOnly);
        report("set argument: ... + rendered snapshot (redraw)", editRedraw);
        report("move block: edit + rebuild + redraw", move);
        report("set argument: model + views only (no CSS/render)", editModel);
        report("move block: model + views only (no CSS/render)", moveModel);
        report("set argument + pulse-like redraw (no forced CSS)", pulse);
        report("set argument + redraw: process CPU time", editCpu);
        report("move block + redraw: process CPU time", moveCpu);
        stage.close();
    }

    /** CPU time of the whole process so far, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String what, long[] ns) {
        java.util.Arrays.sort(ns);
        System.out.printf("%-55s median %6.1f ms  p90 %6.1f ms  max %6.1f ms%n", what, ns[ns.length / 2] / 1e6,
                ns[(int) (ns.length * 0.9)] / 1e6, ns[ns.length - 1] / 1e6);
    }
}
