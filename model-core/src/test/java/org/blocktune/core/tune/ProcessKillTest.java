package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL in another JVM resumes to the same results as an uninterrupted run. */
class ProcessKillTest {

    @Test
    void aKilledRunResumesToTheUninterruptedResults(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Path fits = run.resolve(RunFolder.FITS_FILE);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledRunMain.class.getName(), run.toString(), "150")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lineCount(fits) < 3) {
                assertTrue(child.isAlive(), "the child run ended early: " + Files.readString(dir.resolve("child.log")));
                assertTrue(System.nanoTime() < deadline, "the child run recorded no fits within 60 s");
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int recorded = lineCount(fits);
        assertTrue(recorded >= 3 && recorded < 21, "killed after " + recorded + " fits");

        FakeFitter fitter = new FakeFitter(0);
        TuneResults resumed = new TuneRunner(fitter).resume(TestJobs.explicit(TestJobs.candidates(4), 2, run), false,
                null, null);
        TuneResults reference = new TuneRunner(new FakeFitter(0)).run(TestJobs.explicit(TestJobs.candidates(4), 1, null),
                null, null);
        assertEquals(TuneRunnerTest.stable(reference), TuneRunnerTest.stable(resumed));
        assertEquals(reference.summary(), resumed.summary());
        assertTrue(fitter.fits.get() <= 21 - recorded + 1, "resume re-ran " + fitter.fits.get() + " fits");
        assertEquals(21, Files.readAllLines(fits).size());
    }

    private static int lineCount(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(file);
        int n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }
}
