package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code blocktune bench} without the bench module on the classpath (app does not depend on it, as an
 * installed BlockTune does not carry it): a clear message instead of a stack trace.
 */
class BenchCommandTest {
    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = BlockTuneCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theAppDoesNotCarryTheBenchModule() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(BenchCommand.BENCHMARKS));
        assertThrows(ClassNotFoundException.class, () -> Class.forName(BenchCommand.SPEED));
    }

    @Test
    void withoutTheBenchModuleItSaysHowToRunTheBenchmarksFromACheckout() {
        for (String[] args : new String[][] {{"bench", "--quick"}, {"bench", "speed", "w1", "3"}}) {
            Result r = run(args);
            assertEquals(ExitCodes.FAILED, r.code(), r.err());
            assertTrue(r.err().contains("not part of this installation") && r.err().contains("bin/blocktune bench"),
                    r.err());
        }
    }

    @Test
    void speedTakesTheFourWorkloadsOnly() {
        Result r = run("bench", "speed", "w5");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("w1, w2, w3, w4"), r.err());
        assertEquals(ExitCodes.USAGE, run("bench", "speed", "w1", "many").code());
    }
}
