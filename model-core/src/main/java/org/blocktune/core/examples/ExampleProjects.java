package org.blocktune.core.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.io.ProjectJson;
import org.blocktune.core.project.ShippedData;

/**
 * The example projects shipped in {@code resources/examples}, defined once here: each has a quick
 * budget (seconds; used by the tests) and the full budget of the seed it follows. The files are
 * written from these definitions by {@link #main} and a test checks that they still agree.
 */
public final class ExampleProjects {
    /** The folder of the example files inside the resources folder. */
    public static final String FOLDER = "examples";

    private ExampleProjects() {
    }

    /** Every example, in the order of the README. */
    public static List<ExampleProject> all() {
        return List.of(IrisExample.example(), FashionMlpExample.example(), DiamondsExample.example(),
                AttritionExample.example(), FashionRandomSearchExample.example(), TwoHeadsExample.example());
    }

    /** The names of the examples. */
    public static List<String> names() {
        return all().stream().map(ExampleProject::name).toList();
    }

    /** The example called {@code name}. */
    public static ExampleProject example(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no example called '" + name + "'; the examples are "
                        + names()));
    }

    /** The quick budget of {@code name}. */
    public static Project quick(String name) {
        return example(name).quick();
    }

    /** The full (seed's) budget of {@code name}. */
    public static Project full(String name) {
        return example(name).full();
    }

    /** The file text of one budget of {@code example}, as saved in {@code folder}. */
    public static String text(ExampleProject example, boolean quick, Path folder) {
        return ProjectJson.write(example.project(quick), folder.toAbsolutePath().normalize());
    }

    /**
     * Writes both budgets of every example into {@code folder}, replacing the files there.
     *
     * @return the files written
     */
    public static List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (ExampleProject e : all()) {
            for (boolean quick : new boolean[] {false, true}) {
                Path file = folder.resolve(e.fileName(quick));
                ProjectFile.write(e.project(quick), file);
                written.add(file);
            }
        }
        return written;
    }

    /**
     * (Re)writes the example files: into the folder given as the only argument, else into the
     * {@code examples} folder of the shipped resources ({@link ShippedData#resources()}).
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : ShippedData.resources().resolve(FOLDER);
        for (Path p : writeAll(folder)) {
            System.out.println("wrote " + p);
        }
    }
}
