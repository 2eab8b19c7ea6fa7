package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void redirectedOutputPrintsOneLinePerTenthWithTimeLeft() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(buf, true, StandardCharsets.UTF_8), false, "tune", now::get);
        for (int i = 0; i <= 40; i++) {
            now.set(i * 1_000_000_000L);
            bar.update(i, 40, "fit " + i);
        }
        bar.finish("40 fits");
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(12, lines.length, String.join("\n", lines));
        assertTrue(lines[4].contains("16/40") && lines[4].contains("about 24.0 s left"), lines[4]);
        assertEquals("tune: 40 fits (40.0 s)", lines[11]);
    }

    @Test
    void terminalOutputRedrawsInPlace() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintWriter(buf, true, StandardCharsets.UTF_8), true, "dry run", () -> 0L);
        bar.update(1, 4, null);
        bar.update(2, 4, null);
        String s = buf.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\rdry run [########") && !s.contains("\n"), s);
        assertTrue(s.contains("2/4  50%"), s);
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("2 min 05 s", ProgressBar.format(java.time.Duration.ofSeconds(125)));
        assertEquals("1 h 01 min", ProgressBar.format(java.time.Duration.ofSeconds(3660)));
    }
}
