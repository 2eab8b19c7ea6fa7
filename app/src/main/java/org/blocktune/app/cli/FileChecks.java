package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any long work starts, that a folder or file can be written, so that a run or a
 * fit never ends with "could not save". A failure is a {@link UserError} (exit code 3) saying what,
 * where and how to fix it.
 */
final class FileChecks {
    private FileChecks() {
    }

    /** Creates {@code dir} if needed and proves it writable by creating and deleting a file in it. */
    static void writableFolder(Path dir, String what, String fix) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UserError("the " + what + " " + abs + " is a file, not a folder; " + fix);
        }
        try {
            Files.createDirectories(abs);
            Path probe = Files.createTempFile(abs, ".blocktune-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UserError("cannot write to the " + what + " " + abs + " (" + reason(e) + "); " + fix, e);
        }
    }

    /** Checks that {@code file} can be (re)written: its folder is writable and an existing file is not read-only. */
    static void writableFile(Path file, String what, String fix) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new UserError("the " + what + " " + abs + " is a folder; give a file name; " + fix);
        }
        Path parent = abs.getParent();
        if (parent != null) writableFolder(parent, "folder of the " + what, fix);
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new UserError("the " + what + " " + abs + " is read-only; " + fix);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied or read-only";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file of that name is in the way";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
