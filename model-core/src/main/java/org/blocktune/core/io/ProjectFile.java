package org.blocktune.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens and saves project files ({@code *.blocktune.json}, UTF-8 JSON, see {@link ProjectJson}).
 * Saving replaces the file atomically: after a failed save the old file is still there, whole.
 * Opening never runs code: only known field and value names are read, and a broken, foreign or
 * newer file gives a {@link ProjectFormatException} that says what is wrong and where.
 */
public final class ProjectFile {

    private ProjectFile() {
    }

    /**
     * Reads a project; relative paths in it are resolved against the file's folder.
     *
     * @throws ProjectFormatException if the file is not a readable BlockTune project (says why and where)
     * @throws IOException            if the file cannot be read
     */
    public static Project read(Path file) throws IOException, ProjectFormatException {
        return ProjectJson.read(text(file), folderOf(file));
    }

    /**
     * Reads a file as UTF-8 text.
     *
     * @throws ProjectFormatException if it is not UTF-8 text
     */
    public static String text(Path file) throws IOException, ProjectFormatException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProjectFormatException("project", "this is not a BlockTune project: the file is not UTF-8 "
                    + "text");
        }
    }

    /**
     * Saves a project atomically; paths are stored relative to the file's folder when possible.
     *
     * @throws IOException              if the file cannot be written (the old file, if any, is left as it was)
     * @throws IllegalArgumentException if the project holds something a file cannot (a block defined in Java code)
     */
    public static void write(Project project, Path file) throws IOException {
        AtomicFile.write(file, ProjectJson.write(project, folderOf(file)).getBytes(StandardCharsets.UTF_8));
    }

    /** The absolute folder a project file lives in. */
    public static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}
