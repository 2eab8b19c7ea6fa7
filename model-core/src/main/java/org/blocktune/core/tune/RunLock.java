package org.blocktune.core.tune;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a process holds on a run folder while it writes to it, so that two runs never append
 * to the same {@code fits.jsonl}. It is an operating-system lock on the file {@code .lock} in the
 * folder, which also holds the owner's process id, host and start time for the messages. The
 * system releases the lock when its process ends, however it ends, so a lock left by a crashed or
 * killed process is found free and taken over (and {@link #takenOver} says so). Where the file
 * system has no locks, a live process id on the same host keeps the folder busy instead.
 * The file is emptied, not deleted, on release (deleting it would let two processes lock two
 * different files of the same name).
 */
public final class RunLock implements AutoCloseable {
    /** The lock file's name inside the run folder. */
    public static final String FILE = ".lock";

    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String takenOver;

    /** Thrown when another process (or another run in this one) holds the folder. */
    public static final class BusyException extends IllegalStateException {
        BusyException(String message) {
            super(message);
        }
    }

    private RunLock(Path key, FileChannel channel, FileLock lock, String takenOver) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /**
     * Locks {@code dir} (created if needed) for this process.
     *
     * @throws BusyException if another process or another run of this process holds it (the message names the owner)
     * @throws IOException   if the folder or its lock file cannot be created or written
     */
    public static RunLock acquire(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        Files.createDirectories(key);
        if (!HELD_HERE.add(key)) {
            throw new BusyException("the run folder " + key + " is in use by another run of this BlockTune window or "
                    + "process; wait for it to end, or choose another folder");
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            String previous = read(ch);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            } catch (IOException e) {
                // no locks on this file system: fall back on the recorded process id
                l = null;
                if (!ownerAlive(previous)) {
                    return claim(key, ch, null, previous);
                }
            }
            if (l == null) {
                throw new BusyException("the run folder " + key + " is in use by another BlockTune process"
                        + describe(previous) + "; wait for it to finish (or stop it), or give this run another folder "
                        + "with --run-folder");
            }
            return claim(key, ch, l, previous);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(key);
            if (ch != null) ch.close();
            throw e;
        }
    }

    private static RunLock claim(Path key, FileChannel ch, FileLock l, String previous) throws IOException {
        String stale = previous.isBlank() ? null
                : "took over the lock of the run folder " + key + " left by a process that is no longer running"
                + describe(previous) + " (it probably crashed or was killed); its finished fits are kept";
        byte[] me = (ProcessHandle.current().pid() + " " + host() + " " + Instant.now() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(me), 0);
        ch.force(true);
        return new RunLock(key, ch, l, stale);
    }

    /** When this lock replaced a stale one, a sentence saying so. */
    public Optional<String> takenOver() {
        return Optional.ofNullable(takenOver);
    }

    /** True when {@code dir} is locked by a live run (of any process). */
    public static boolean isBusy(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        if (HELD_HERE.contains(key)) return true;
        Path file = key.resolve(FILE);
        if (!Files.exists(file)) return false;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Releases the lock and empties the lock file. */
    @Override
    public void close() throws IOException {
        try {
            if (channel.isOpen()) {
                channel.truncate(0);
                channel.force(true);
            }
        } finally {
            try {
                if (lock != null && lock.isValid()) lock.release();
            } finally {
                channel.close();
                HELD_HERE.remove(key);
            }
        }
    }

    private static String read(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 4096);
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    /** " (process 123 on host, since 2026-…)" from the lock file's text, or "" when it says nothing. */
    private static String describe(String content) {
        String[] p = content.split("\\s+");
        if (p.length < 3) return "";
        return " (process " + p[0] + " on " + p[1] + ", since " + p[2] + ")";
    }

    private static boolean ownerAlive(String content) {
        String[] p = content.split("\\s+");
        if (p.length < 2 || !p[1].equals(host())) return p.length >= 2;
        try {
            return ProcessHandle.of(Long.parseLong(p[0])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static volatile String host;

    private static String host() {
        if (host == null) {
            String h = System.getenv("HOSTNAME");
            if (h == null || h.isBlank()) {
                try {
                    h = InetAddress.getLocalHost().getHostName();
                } catch (IOException e) {
                    h = "localhost";
                }
            }
            host = h.replaceAll("\\s", "_");
        }
        return host;
    }
}
