package org.blocktune.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar for long commands. On a terminal it redraws one line in place; when the output
 * is redirected it prints a plain line at each tenth of the work, so logs stay readable.
 * Thread-safe: tune workers report from their own threads.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final boolean interactive;
    private final String label;
    private final LongSupplier clock;
    private final long startNanos;
    private int lastDecile = -1;
    private int lastLength;
    private boolean finished;

    /** A bar on {@code out}; {@code interactive} redraws in place (use {@code System.console() != null}). */
    public ProgressBar(PrintWriter out, boolean interactive, String label) {
        this(out, interactive, label, System::nanoTime);
    }

    ProgressBar(PrintWriter out, boolean interactive, String label, LongSupplier clock) {
        this.out = out;
        this.interactive = interactive;
        this.label = label;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    /** Reports {@code done} of {@code total} units, with an optional note (e.g. the current candidate). */
    public synchronized void update(int done, int total, String note) {
        if (finished || total <= 0) return;
        double frac = Math.min(1, Math.max(0, done / (double) total));
        String text = line(done, total, frac, note);
        if (interactive) {
            String padded = text + " ".repeat(Math.max(0, lastLength - text.length()));
            out.print("\r" + padded);
            lastLength = text.length();
            out.flush();
        } else {
            int decile = (int) Math.floor(frac * 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println(text);
                out.flush();
            }
        }
    }

    /** Ends the bar with a final message on its own line. */
    public synchronized void finish(String message) {
        if (finished) return;
        finished = true;
        if (interactive && lastLength > 0) out.print("\r" + " ".repeat(lastLength) + "\r");
        out.println(label + ": " + message + " (" + format(elapsed()) + ")");
        out.flush();
    }

    private String line(int done, int total, double frac, String note) {
        int filled = (int) Math.round(frac * WIDTH);
        StringBuilder sb = new StringBuilder(label).append(" [")
                .append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                .append(done).append('/').append(total)
                .append(String.format(Locale.ROOT, " %3.0f%%", frac * 100))
                .append("  ").append(format(elapsed()));
        if (done > 0 && done < total) {
            Duration left = elapsed().multipliedBy(total - done).dividedBy(done);
            sb.append(", about ").append(format(left)).append(" left");
        }
        if (note != null && !note.isBlank()) sb.append("  ").append(note);
        return sb.toString();
    }

    private Duration elapsed() {
        return Duration.ofNanos(clock.getAsLong() - startNanos);
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 60) return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
