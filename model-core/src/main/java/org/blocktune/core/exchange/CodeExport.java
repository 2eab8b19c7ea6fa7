package org.blocktune.core.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.io.DataSource;

/** Writes a code export into a folder: the program or script and, for Java and Python, its data file. */
public final class CodeExport {
    /** The export targets. */
    public enum Language {
        /** A standalone DL4J program. */
        JAVA,
        /** Keras (functional API) and Keras Tuner. */
        PYTHON,
        /** kerasnip and tidymodels. */
        R;

        /** The language by name (java, python, r; any case). */
        public static Language byName(String name) {
            for (Language l : values()) {
                if (l.name().equalsIgnoreCase(name.trim())) return l;
            }
            throw new IllegalArgumentException("there is no export to '" + name + "'; choose java, python or r");
        }
    }

    private CodeExport() {
    }

    /**
     * Writes the export of {@code in} into {@code dir} (created if needed) and returns the files written,
     * the program or script first.
     *
     * @param candidates the project's candidates (for the R script's grid); may be empty
     * @throws IllegalArgumentException for a model or data the chosen export does not cover (says why)
     * @throws IOException              if a file cannot be written
     */
    public static List<Path> write(Language language, ExportInput in, Path dir, List<Map<String, Object>> candidates)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String dataName = in.name() + "-data.csv";
        switch (language) {
            case JAVA -> {
                String src = JavaExport.source(in, dataName);
                Path file = dir.resolve(JavaExport.className(in) + ".java");
                Files.writeString(file, src, StandardCharsets.UTF_8);
                out.add(file);
                in.writeData(dir.resolve(dataName));
                out.add(dir.resolve(dataName));
            }
            case PYTHON -> {
                String src = PythonExport.source(in, dataName);
                Path file = dir.resolve(in.identifier(false) + ".py");
                Files.writeString(file, src, StandardCharsets.UTF_8);
                out.add(file);
                in.writeData(dir.resolve(dataName));
                out.add(dir.resolve(dataName));
            }
            case R -> {
                String data = in.project().data().source() instanceof DataSource.CsvFile csv
                        ? relative(dir, csv.file()) : in.name() + ".csv";
                Path file = dir.resolve(in.identifier(false) + ".R");
                Files.writeString(file, RExport.source(in, data, candidates), StandardCharsets.UTF_8);
                out.add(file);
            }
        }
        return out;
    }

    private static String relative(Path dir, Path file) {
        try {
            return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toAbsolutePath().toString().replace('\\', '/');
        }
    }

    /** "java", "python" or "r". */
    public static String id(Language l) {
        return l.name().toLowerCase(Locale.ROOT);
    }
}
