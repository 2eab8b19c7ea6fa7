package org.blocktune.app;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Reads and waits on the FX thread from TestFX tests. */
public final class FxThread {
    private FxThread() {
    }

    /** Starts BlockTune's main window on {@code stage} (from a TestFX {@code @Start} method) and returns it. */
    public static MainWindow startWindow(Stage stage) {
        BlockTuneApp app = new BlockTuneApp();
        app.start(stage);
        return app.window();
    }

    /** Runs {@code c} on the FX thread and returns its value. */
    public static <T> T fx(Callable<T> c) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return c.call();
        }
        FutureTask<T> f = new FutureTask<>(c);
        Platform.runLater(f);
        return f.get(20, TimeUnit.SECONDS);
    }

    /** Waits up to {@code seconds} for {@code condition} (checked on the FX thread), then for pending FX events. */
    public static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
