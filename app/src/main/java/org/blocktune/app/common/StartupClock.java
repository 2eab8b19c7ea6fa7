package org.blocktune.app.common;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Where start-up time goes: with {@code -Dblocktune.startupTrace=true} (or the environment variable
 * {@code BLOCKTUNE_STARTUP_TRACE=1}) each milestone prints "startup: 812 ms  cpu 1430 ms  window built"
 * to the error stream: wall time from the moment the operating system started the JVM, and the CPU
 * time the process has used so far (all threads; less sensitive to a busy machine). With the value
 * {@code exit} the app also quits after its first frame. Silent otherwise.
 * {@code installers/startup-time.sh} reads these lines.
 */
public final class StartupClock {
    private static final String SETTING = System.getProperty("blocktune.startupTrace",
            System.getenv().getOrDefault("BLOCKTUNE_STARTUP_TRACE", ""));
    private static final boolean ON = SETTING.equals("true") || SETTING.equals("1") || SETTING.equals("exit");
    /** With {@code exit}, the app quits once its first frame is laid out (for timing many starts). */
    private static final boolean EXIT = SETTING.equals("exit");
    private static final Instant JVM_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());

    private StartupClock() {
    }

    /** Whether milestones are printed. */
    public static boolean on() {
        return ON;
    }

    /** Prints a milestone (when tracing is on). */
    public static void mark(String what) {
        if (ON) {
            print(System.err, what);
        }
    }

    /** Marks the end of the first pulse that lays out and draws {@code scene}. */
    public static void afterFirstFrame(javafx.scene.Scene scene) {
        if (!ON) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark("first frame laid out");
            if (EXIT) {
                System.exit(0);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static void print(PrintStream out, String what) {
        long ms = Duration.between(JVM_START, Instant.now()).toMillis();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        out.println(String.format(Locale.ROOT, "startup: %6d ms  cpu %6d ms  %s", ms, cpu, what));
    }
}
