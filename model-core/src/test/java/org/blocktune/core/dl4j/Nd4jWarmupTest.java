package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Nd4jWarmupTest {

    @Test
    void loadsOnceAndIsCheapAfterwards() {
        Nd4jWarmup.ensureLoaded();
        assertTrue(Nd4jWarmup.isLoaded());
        Duration again = Nd4jWarmup.ensureLoaded();
        assertTrue(again.toMillis() < 100, "second call took " + again);
        assertTrue(Nd4jWarmup.backendName().toLowerCase().contains("cpu"), Nd4jWarmup.backendName());
    }

    @Test
    void aCacheWithoutNd4jNativesIsNotWarm(@TempDir Path dir) throws Exception {
        String old = System.getProperty("org.bytedeco.javacpp.cachedir");
        try {
            System.setProperty("org.bytedeco.javacpp.cachedir", dir.resolve("missing").toString());
            assertFalse(Nd4jWarmup.nativesUnpacked());
            System.setProperty("org.bytedeco.javacpp.cachedir", dir.toString());
            assertFalse(Nd4jWarmup.nativesUnpacked());
            Path jar = Files.createDirectories(dir.resolve("nd4j-native-1.0.0-M2.1-linux-x86_64.jar"));
            assertFalse(Nd4jWarmup.nativesUnpacked(), "an empty directory is not an unpacked library");
            Files.createDirectories(jar.resolve("org"));
            assertTrue(Nd4jWarmup.nativesUnpacked());
        } finally {
            if (old == null) {
                System.clearProperty("org.bytedeco.javacpp.cachedir");
            } else {
                System.setProperty("org.bytedeco.javacpp.cachedir", old);
            }
        }
    }
}
