package org.blocktune.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.blocktune.core.dl4j.Nd4jWarmup;
import org.controlsfx.control.StatusBar;

/**
 * Loads the math libraries (the ND4J backend) once, on a background thread, while the window is
 * already usable. On the first start ND4J unpacks its natives, which takes seconds; meanwhile the
 * status bar says so. Anything that needs ND4J waits for {@link #ready()} (or uses
 * {@link #whenReady(Runnable)}) instead of blocking the FX thread.
 *
 * <p>The application starts loading only after JavaFX has drawn its first frames
 * ({@link #startAfterFirstFrames()}). Loading ND4J runs JavaCPP's {@code Loader.addressof}, which
 * looks symbols up from inside glibc's {@code dl_iterate_phdr}; a library that JavaFX's renderer
 * opens at that moment (its effects library, on the first frame with a shadow) takes the dynamic
 * loader's two locks in the other order, and both threads wait for ever: the window stayed white
 * and the JVM no longer answered thread dumps. JavaFX opens its libraries while it draws the first
 * frames, so waiting for them takes away the start-up race (1 start in 20 hung under Xvfb before, none
 * in 50 after). A library opened because of something done during the loading itself (a second or
 * two on a first start) could still meet it; none is known (the GTK file chooser opens none).
 */
public final class BackendWarmup {
    /** Status bar text while a first start unpacks the natives. */
    public static final String FIRST_START_TEXT = "Preparing the math libraries (first start only)…";
    /** Status bar text while a later start loads them. */
    public static final String LOADING_TEXT = "Loading the math libraries…";

    private static final BackendWarmup SHARED = new BackendWarmup(Nd4jWarmup::ensureLoaded, Nd4jWarmup::nativesUnpacked);

    private final Callable<Duration> load;
    private final BooleanSupplier warm;
    /** Frames JavaFX draws before {@link #startAfterFirstFrames()} begins loading. */
    static final int FRAMES_BEFORE_LOADING = 5;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean decided = new AtomicBoolean();
    private final CompletableFuture<Duration> ready = new CompletableFuture<>();
    private volatile boolean firstStart;

    /** A warm-up with its own loader (tests); the app uses {@link #shared()}. */
    public BackendWarmup(Callable<Duration> load, BooleanSupplier nativesAlreadyUnpacked) {
        this.load = load;
        this.warm = nativesAlreadyUnpacked;
    }

    /** The application's warm-up of the real ND4J backend. */
    public static BackendWarmup shared() {
        return SHARED;
    }

    /** Starts loading on a daemon thread (once; later calls do nothing). */
    public BackendWarmup start() {
        if (started.compareAndSet(false, true)) {
            decideFirstStart();
            Thread t = new Thread(() -> {
                long t0 = System.nanoTime();
                try {
                    load.call();
                    Duration took = Duration.ofNanos(System.nanoTime() - t0);
                    System.err.printf("BlockTune: math libraries ready in %d ms (%s)%n", took.toMillis(),
                            firstStart ? "first start" : "warm start");
                    org.blocktune.app.common.StartupClock.mark("math libraries ready");
                    ready.complete(took);
                } catch (Throwable e) {
                    System.err.println("BlockTune: math libraries failed to load: " + e);
                    ready.completeExceptionally(e);
                }
            }, "nd4j-warmup");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    /**
     * Starts loading (as {@link #start()}) once JavaFX has drawn {@value #FRAMES_BEFORE_LOADING} frames
     * after this call, so the loading does not race JavaFX's own library loading (see the class note).
     * Whether this is a first start is known at once. Call on the FX thread.
     */
    public BackendWarmup startAfterFirstFrames() {
        decideFirstStart();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= FRAMES_BEFORE_LOADING) {
                    stop(); // this timer
                    BackendWarmup.this.start();
                }
            }
        }.start();
        return this;
    }

    private void decideFirstStart() {
        if (decided.compareAndSet(false, true)) {
            firstStart = !warm.getAsBoolean();
        }
    }

    /** Completes with the load time once the backend is loaded, or exceptionally if it cannot load. */
    public CompletableFuture<Duration> ready() {
        return ready;
    }

    /** True when this start had to unpack the natives (known once {@link #start()} or {@link #startAfterFirstFrames()} ran). */
    public boolean firstStart() {
        return firstStart;
    }

    /** Runs {@code action} on the FX thread once the backend is loaded (at once if it already is). */
    public void whenReady(Runnable action) {
        ready.thenRun(() -> Platform.runLater(action));
    }

    /**
     * Shows a spinner and a message in the status bar's right-hand side until loading ends; on a
     * failure the message stays and names the error. Call on the FX thread after {@link #start()}.
     */
    public void showIn(StatusBar status) {
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            return;
        }
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        Label text = new Label(firstStart ? FIRST_START_TEXT : LOADING_TEXT);
        text.setId("backendMessage");
        HBox box = new HBox(6, spinner, text);
        box.setId("backendStatus");
        box.setStyle("-fx-alignment: center-left;");
        status.getRightItems().add(box);
        ready.whenComplete((took, error) -> Platform.runLater(() -> {
            if (error == null) {
                status.getRightItems().remove(box);
            } else {
                box.getChildren().remove(spinner);
                text.setText("The math libraries could not be loaded: " + rootMessage(error));
                text.setStyle("-fx-text-fill: #b00020;");
            }
        }));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
