package org.blocktune.core.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the data sets shipped in the repository (tests run with model-core as working directory). */
public final class TestData {
    private TestData() { }

    /** {@code resources/datasets} of the repository. */
    public static Path dir() {
        Path p = Path.of("../resources/datasets");
        if (!Files.isDirectory(p)) p = Path.of("resources/datasets");
        return p;
    }

    public static Path file(String name) { return dir().resolve(name); }
}
