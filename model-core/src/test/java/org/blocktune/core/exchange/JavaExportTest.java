package org.blocktune.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported Java program compiles with javac, trains one epoch and has BlockTune's parameter count. */
class JavaExportTest {
    @TempDir
    Path dir;

    private String compileAndRun(ExportInput in) throws Exception {
        Path data = dir.resolve(in.name() + "-data.csv");
        in.writeData(data);
        String cls = JavaExport.className(in);
        Path src = dir.resolve(cls + ".java");
        Files.writeString(src, JavaExport.source(in, data.getFileName().toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, errors, errors, "-cp", System.getProperty("java.class.path"), "-d", dir.toString(),
                src.toString());
        assertEquals(0, code, "javac: " + errors.toString(StandardCharsets.UTF_8) + "\n" + Files.readString(src));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass(cls).getMethod("main", String[].class).invoke(null, (Object) new String[] {data.toString(), "1"});
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertTrainedWithBlockTunesParameterCount(ExportInput in, String printed) {
        List<String> lines = printed.lines().toList();
        assertEquals("parameters: " + in.resolution().network().totalParams(), lines.get(0), printed);
        assertTrue(lines.get(1).startsWith("epoch 1: loss "), printed);
        double loss = Double.parseDouble(lines.get(1).substring("epoch 1: loss ".length()));
        assertTrue(Double.isFinite(loss) && loss > 0, printed);
    }

    @Test
    void aSequentialNetworkCompilesTrainsAndHasTheSameParameterCount() throws Exception {
        ExportInput in = ExportFixtures.sequential();
        // 4 → 24 → 24 → 3 with dropout: 4·24+24 + 24·24+24 + 24·3+3
        assertEquals(120 + 600 + 75, in.resolution().network().totalParams());
        String printed = compileAndRun(in);
        assertTrainedWithBlockTunesParameterCount(in, printed);
        String src = JavaExport.source(in, "iris-data.csv");
        assertTrue(src.contains("new DropoutLayer.Builder(0.8).name(\"hidden.2/dropout\")"), src);
        assertTrue(src.contains("with candidate cand_007"), src);
    }

    @Test
    void aFunctionalNetworkCompilesTrainsAndHasTheSameParameterCount() throws Exception {
        ExportInput in = ExportFixtures.functional();
        String printed = compileAndRun(in);
        assertTrainedWithBlockTunesParameterCount(in, printed);
        String src = JavaExport.source(in, "d.csv");
        assertTrue(src.contains("new MergeVertex()") && src.contains("ComputationGraph"), src);
    }
}
