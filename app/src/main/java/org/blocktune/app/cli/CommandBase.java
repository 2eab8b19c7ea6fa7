package org.blocktune.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.blocktune.core.task.CancellationToken;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: its output streams, progress bars and Ctrl-C handling. */
abstract class CommandBase {
    @Spec
    CommandSpec commandSpec;

    PrintWriter out() {
        return commandSpec.commandLine().getOut();
    }

    PrintWriter err() {
        return commandSpec.commandLine().getErr();
    }

    /** A progress bar on the error stream, redrawn in place when it is a terminal. */
    ProgressBar progress(String label) {
        return new ProgressBar(err(), System.console() != null, label);
    }

    /**
     * A token that Ctrl-C sets. The hook then waits (up to 5 s) for {@code done} so the work can
     * write what it finished before the JVM exits. Remove it with {@link Interrupt#close()}.
     */
    Interrupt interruptible() {
        return new Interrupt();
    }

    /** Ctrl-C as a cancellation token. */
    static final class Interrupt implements AutoCloseable {
        final CancellationToken token = new CancellationToken();
        private final CountDownLatch done = new CountDownLatch(1);
        private final Thread hook = new Thread(() -> {
            token.cancel();
            try {
                done.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "blocktune-ctrl-c");

        Interrupt() {
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running and waits for done
            }
        }
    }
}
