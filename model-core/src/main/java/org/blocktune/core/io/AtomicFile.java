package org.blocktune.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder,
 * which is flushed to disk and then renamed over the target in one atomic step. Readers see the
 * old content or the new one, never a half-written file.
 */
final class AtomicFile {

    /** A step run after the temporary file is written and before it replaces the target (for tests). */
    interface BeforeReplace {
        void run(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, temporary -> { });
    }

    static void write(Path target, byte[] bytes, BeforeReplace beforeReplace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".saving");
        boolean moved = false;
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            beforeReplace.run(temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Makes the rename durable where the platform allows syncing a folder (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file itself is complete; only the rename's durability on power loss is left to the OS
        }
    }
}
