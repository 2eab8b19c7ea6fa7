package org.blocktune.app.workbench;

/** Lets a screen send the user to another step (e.g. "Go to Data") without knowing that screen. */
@FunctionalInterface
public interface Navigator {
    void show(Step step);
}
