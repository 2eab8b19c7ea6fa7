package org.blocktune.core.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes unsigned-byte IDX files (used to ship small subsets of large image data sets). */
public final class IdxWriter {
    private IdxWriter() { }

    /** Writes {@code values} with dimension sizes {@code dims}; gzipped if the file name ends in {@code .gz}. */
    public static void write(Path file, int[] dims, byte[] values) throws IOException {
        long total = 1;
        for (int d : dims) total *= d;
        if (total != values.length) {
            throw new IllegalArgumentException(values.length + " values do not match dimensions of " + total + " values");
        }
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream maybeGz = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(maybeGz, 1 << 16))) {
            out.writeInt(0x0800 | dims.length);
            for (int d : dims) out.writeInt(d);
            out.write(values);
        }
    }
}
