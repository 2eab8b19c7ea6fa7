package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The lock-bound physical-memory check is off in a JVM whose first ND4J work ran in a section, unless the user set a limit. */
class JavaCppLimitsTest {

    /** Child JVM: first ND4J work, then JavaCPP's limit in force. */
    public static void main(String[] args) {
        try (var s = NativeReclaimer.section()) {
            Nd4j.ones(2, 2);
        }
        System.out.println("LIMIT " + Pointer.maxPhysicalBytes());
    }

    @Test
    void theCheckIsOffWhenNothingWasSet() throws Exception {
        assertEquals("0", childLimit(null));
    }

    @Test
    void aLimitTheUserSetIsKept() throws Exception {
        assertEquals(Long.toString(8L << 30), childLimit("8g"));
    }

    private static String childLimit(String userLimit) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = userLimit == null
                ? new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JavaCppLimitsTest.class.getName())
                : new ProcessBuilder(java, "-D" + JavaCppLimits.MAX_PHYSICAL_BYTES + "=" + userLimit, "-cp",
                        System.getProperty("java.class.path"), JavaCppLimitsTest.class.getName());
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out.lines().filter(l -> l.startsWith("LIMIT ")).map(l -> l.substring(6)).findFirst().orElse("no output: " + out);
    }
}
