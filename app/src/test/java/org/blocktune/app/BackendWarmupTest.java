package org.blocktune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackendWarmupTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
    }

    private Label message(FxRobot robot) {
        return robot.lookup("#backendMessage").queryAs(Label.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstStartShowsTheMessageAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackendWarmup warmup = new BackendWarmup(() -> {
            release.await(60, TimeUnit.SECONDS);
            return Duration.ZERO;
        }, () -> false);
        AtomicBoolean ranOnFx = new AtomicBoolean();
        robot.interact(() -> warmup.start().showIn(window.statusBar()));
        warmup.whenReady(() -> ranOnFx.set(Platform.isFxApplicationThread()));

        assertTrue(warmup.firstStart());
        assertEquals(BackendWarmup.FIRST_START_TEXT, message(robot).getText());
        // the window works while the libraries load
        robot.clickOn("Examples").clickOn("Models only").clickOn("Diamonds MLP (seed 002)");
        assertEquals("BlockTune — diamond_mlp", stage.getTitle());
        assertFalse(warmup.ready().isDone());

        release.countDown();
        waitUntil(() -> robot.lookup("#backendStatus").tryQuery().isEmpty());
        waitUntil(ranOnFx::get);
        assertTrue(warmup.ready().isDone());
    }

    @Test
    void aWarmStartSaysLoading(FxRobot robot) {
        CountDownLatch release = new CountDownLatch(1);
        BackendWarmup warmup = new BackendWarmup(() -> {
            release.await(60, TimeUnit.SECONDS);
            return Duration.ZERO;
        }, () -> true);
        robot.interact(() -> warmup.start().showIn(window.statusBar()));
        assertFalse(warmup.firstStart());
        assertEquals(BackendWarmup.LOADING_TEXT, message(robot).getText());
        release.countDown();
    }

    @Test
    void aFailureStaysVisibleAndNamesTheError(FxRobot robot) throws Exception {
        BackendWarmup warmup = new BackendWarmup(() -> {
            throw new IllegalStateException("outer", new UnsatisfiedLinkError("no jnind4jcpu in java.library.path"));
        }, () -> false);
        robot.interact(() -> warmup.start().showIn(window.statusBar()));
        waitUntil(() -> warmup.ready().isCompletedExceptionally());
        waitUntil(() -> message(robot).getText().startsWith("The math libraries could not be loaded"));
        assertTrue(message(robot).getText().contains("no jnind4jcpu"), message(robot).getText());
    }

    /** Loading must not race JavaFX's own first library loads (a dynamic-loader deadlock hung the white window). */
    @Test
    void loadingBeginsOnlyAfterJavaFxHasDrawnItsFirstFrames(FxRobot robot) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        AtomicInteger framesAtLoad = new AtomicInteger(-1);
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        };
        BackendWarmup warmup = new BackendWarmup(() -> {
            framesAtLoad.set(frames.get());
            return Duration.ZERO;
        }, () -> false);
        robot.interact(() -> {
            counter.start();
            warmup.startAfterFirstFrames().showIn(window.statusBar());
            assertTrue(warmup.firstStart(), "known at once, for the status bar's message");
        });
        warmup.ready().get(30, TimeUnit.SECONDS);
        robot.interact(counter::stop);
        assertTrue(framesAtLoad.get() >= BackendWarmup.FRAMES_BEFORE_LOADING - 1,
                "loading began after " + framesAtLoad.get() + " frames");
    }

    @Test
    void theAppLoadsTheRealBackendBehindTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> new BlockTuneApp().start(stage));
        assertTrue(stage.getTitle().startsWith("BlockTune"), stage.getTitle());
        Duration took = BackendWarmup.shared().ready().get(120, TimeUnit.SECONDS);
        assertTrue(took.toMillis() >= 0);
        waitUntil(() -> robot.lookup("#backendStatus").tryQuery().isEmpty());
        assertTrue(org.blocktune.core.dl4j.Nd4jWarmup.isLoaded());
    }
}
