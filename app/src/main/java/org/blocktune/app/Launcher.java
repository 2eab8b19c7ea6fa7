package org.blocktune.app;

import org.blocktune.app.cli.BlockTuneCli;
import org.blocktune.core.dl4j.JavaCppLimits;

/**
 * Plain main class so the workbench also starts from a classpath or a jpackage image. With a
 * command name as first argument ({@code tune}, {@code fit}, ...) it runs the headless command
 * line instead, without loading JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        org.blocktune.app.common.StartupClock.mark("main");
        JavaCppLimits.relax();
        if (args.length > 0 && BlockTuneCli.COMMANDS.contains(args[0])) {
            System.exit(BlockTuneCli.run(args));
        }
        javafx.application.Application.launch(BlockTuneApp.class, args);
    }
}
