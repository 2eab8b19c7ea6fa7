package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The lock-bound physical-memory check is off in a JVM whose first ND4J work came through BlockTune,
 * whichever way it came (a section, or the Java API's {@code ModelFitter.useWorkers}, which loaded
 * ND4J before the check was relaxed), unless the user set a limit.
 */
class JavaCppLimitsTest {

    /** Child JVM: first ND4J work, then JavaCPP's limit in force. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("api")) {
            org.blocktune.core.fit.ModelFitter.useWorkers(2);
        } else {
            try (var s = NativeReclaimer.section()) {
                Nd4j.ones(2, 2);
            }
        }
        System.out.println("LIMIT " + Pointer.maxPhysicalBytes());
    }

    @Test
    void theCheckIsOffWhenNothingWasSet() throws Exception {
        assertEquals("0", childLimit(null));
    }

    @Test
    void theCheckIsOffWhenTheJavaApiLoadsNd4jFirst() throws Exception {
        assertEquals("0", childLimit(null, "api"));
    }

    @Test
    void aLimitTheUserSetIsKept() throws Exception {
        assertEquals(Long.toString(8L << 30), childLimit("8g"));
    }

    private static String childLimit(String userLimit, String... mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        if (userLimit != null) {
            cmd.add("-D" + JavaCppLimits.MAX_PHYSICAL_BYTES + "=" + userLimit);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), JavaCppLimitsTest.class.getName()));
        cmd.addAll(List.of(mode));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out.lines().filter(l -> l.startsWith("LIMIT ")).map(l -> l.substring(6)).findFirst().orElse("no output: " + out);
    }
}
