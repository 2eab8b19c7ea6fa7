package org.blocktune.app;

/** Plain main class so the workbench also starts from a classpath or a jpackage image. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(BlockTuneApp.class, args);
    }
}
