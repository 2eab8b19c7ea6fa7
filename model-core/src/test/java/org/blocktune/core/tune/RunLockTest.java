package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-folder lock across two real processes: a live holder refuses a second writer; a killed one is taken over. */
class RunLockTest {
    @TempDir
    Path dir;

    private static Process holder(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RunLockHolder.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
    }

    private static long awaitLocked(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertTrue(line != null && line.startsWith("locked "), "the holder process said: " + line);
        return Long.parseLong(line.substring("locked ".length()).trim());
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstLivesAndTakesOverAfterItWasKilled() throws Exception {
        Path folder = dir.resolve("run");
        Process p = holder(folder);
        try {
            long pid = awaitLocked(p);
            assertTrue(RunLock.isBusy(folder));
            RunLock.BusyException busy = assertThrows(RunLock.BusyException.class, () -> RunLock.acquire(folder));
            assertTrue(busy.getMessage().contains("in use by another BlockTune process")
                    && busy.getMessage().contains("process " + pid), busy.getMessage());
            RunLock.BusyException again = assertThrows(RunLock.BusyException.class, () -> RunLock.acquire(folder));
            assertTrue(again.getMessage().contains("another BlockTune process"),
                    "a refused attempt leaves nothing held in this process: " + again.getMessage());
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        // killed: the system released its lock, but its lock file still names it
        assertTrue(Files.readString(folder.resolve(RunLock.FILE)).startsWith(Long.toString(p.pid())));
        try (RunLock lock = RunLock.acquire(folder)) {
            String note = lock.takenOver().orElseThrow();
            assertTrue(note.contains("no longer running") && note.contains("process " + p.pid()), note);
            assertTrue(Files.readString(folder.resolve(RunLock.FILE)).startsWith(Long.toString(ProcessHandle.current().pid())));
        }
        assertEquals("", Files.readString(folder.resolve(RunLock.FILE)), "released: the lock file is emptied");
        try (RunLock again = RunLock.acquire(folder)) {
            assertTrue(again.takenOver().isEmpty(), "a cleanly released lock is no stale lock");
        }
    }

    @Test
    void twoRunsInOneProcessAreRefusedToo() throws Exception {
        try (RunLock first = RunLock.acquire(dir)) {
            RunLock.BusyException e = assertThrows(RunLock.BusyException.class, () -> RunLock.acquire(dir.resolve(".")));
            assertTrue(e.getMessage().contains("in use by another run"), e.getMessage());
        }
        RunLock.acquire(dir).close();
    }
}
