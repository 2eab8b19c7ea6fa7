package org.blocktune.app.teach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.blocktune.core.lesson.LessonParser;
import org.blocktune.core.project.ShippedData;

/**
 * Where lesson files are: the shipped ones in {@code resources/lessons/}, and a teacher's own in a user
 * folder ({@code ~/.blocktune/lessons}, or the folder the system property {@code blocktune.lessons} names).
 */
final class LessonFiles {
    /** System property naming the folder of the user's own lessons. */
    static final String PROPERTY = "blocktune.lessons";

    private LessonFiles() {
    }

    /** The shipped lessons, by file name (empty when BlockTune runs without its resources folder). */
    static List<Path> shipped() {
        try {
            return in(ShippedData.resources().resolve("lessons"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The folder of the user's own lessons (it need not exist). */
    static Path userFolder() {
        String p = System.getProperty(PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".blocktune", "lessons");
    }

    /** The user's own lessons, by file name. */
    static List<Path> user() {
        return in(userFolder());
    }

    /** The lesson files ({@code *.lesson.md}) in a folder, sorted by name; empty when there is no such folder. */
    static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(LessonParser.EXTENSION) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Names, sizes and modification times of the files, to tell whether any changed. */
    static String signature(List<Path> shipped, List<Path> own) {
        StringBuilder b = new StringBuilder();
        for (List<Path> list : List.of(shipped, own)) {
            for (Path p : list) {
                try {
                    b.append(p).append(' ').append(Files.getLastModifiedTime(p)).append(' ').append(Files.size(p));
                } catch (IOException e) {
                    b.append(p).append(" ?");
                }
                b.append('\n');
            }
            b.append("--\n");
        }
        return b.toString();
    }

    /** A file's name without {@code .lesson.md}, for ids. */
    static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(LessonParser.EXTENSION) ? n.substring(0, n.length() - LessonParser.EXTENSION.length()) : n;
    }
}
