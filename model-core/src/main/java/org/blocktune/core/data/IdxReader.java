package org.blocktune.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST-style IDX files (gzipped or not, detected from the content) holding unsigned
 * bytes: big-endian magic {@code 0x0000 0x08 <dims>}, the dimension sizes, then the values.
 */
public final class IdxReader {
    private IdxReader() { }

    /** The dimension sizes and the values of one IDX file. */
    public record IdxData(int[] dims, byte[] values) {
        /** Number of items (the first dimension). */
        public int count() { return dims[0]; }
    }

    /** Reads any unsigned-byte IDX file. */
    public static IdxData read(Path file) throws IOException {
        String source = file.getFileName().toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            return read(source, in);
        }
    }

    private static IdxData read(String source, InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new DataLoadException(source, 0, 0, "the file is shorter than an IDX header; expected an MNIST-style IDX file");
        }
        int type = (magic >>> 8) & 0xFF;
        int ndim = magic & 0xFF;
        if ((magic >>> 16) != 0 || ndim == 0) {
            throw new DataLoadException(source, 0, 0, String.format("bad magic number 0x%08x; expected 0x00000801..0x000008ff "
                    + "(an IDX file of unsigned bytes). Fix: choose an images or labels file in IDX format", magic));
        }
        if (type != 0x08) {
            throw new DataLoadException(source, 0, 0, String.format("IDX value type 0x%02x is not supported; expected 0x08 (unsigned byte)", type));
        }
        int[] dims = new int[ndim];
        long total = 1;
        for (int i = 0; i < ndim; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) throw new DataLoadException(source, 0, 0, "dimension " + i + " has negative size " + dims[i]);
            total *= dims[i];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new DataLoadException(source, 0, 0, "the file declares " + total + " values, more than one array can hold");
        }
        byte[] values = in.readNBytes((int) total);
        if (values.length != total) {
            throw new DataLoadException(source, 0, 0, "the file ends after " + values.length + " of the " + total
                    + " values its header declares; the file is truncated. Fix: download it again");
        }
        return new IdxData(dims, values);
    }

    /** Reads an images file ({@code n × d1 × … }) as a tensor column of shape {@code [d1, …]}. */
    public static TensorColumn readImages(Path file, String columnName) throws IOException {
        IdxData d = read(file);
        if (d.dims().length < 2) {
            throw new DataLoadException(file.getFileName().toString(), 0, 0, "has " + d.dims().length
                    + " dimension(s); expected an images file with at least 2 (count, then the image shape)");
        }
        int[] shape = java.util.Arrays.copyOfRange(d.dims(), 1, d.dims().length);
        return TensorColumn.wrapBytes(columnName, shape, d.count(), d.values());
    }

    /** Reads a labels file (1 dimension) as a categorical column; label {@code k} gets level {@code levels.get(k)}. */
    public static CategoricalColumn readLabels(Path file, String columnName, List<String> levels) throws IOException {
        IdxData d = read(file);
        String source = file.getFileName().toString();
        if (d.dims().length != 1) {
            throw new DataLoadException(source, 0, 0, "has " + d.dims().length + " dimensions; expected a labels file with 1");
        }
        int[] codes = new int[d.count()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = d.values()[i] & 0xFF;
            if (codes[i] >= levels.size()) {
                throw new DataLoadException(source, 0, 0, "label " + codes[i] + " of item " + i + " has no level name; expected labels 0.."
                        + (levels.size() - 1));
            }
        }
        return CategoricalColumn.wrap(columnName, levels, codes, false);
    }

    /**
     * Reads an images file and its labels file into a table with a tensor column {@code image} and
     * a categorical column {@code label}. {@code levels} names the labels 0, 1, …; if empty the
     * levels are {@code "0".."9"}.
     */
    public static Table readTable(Path images, Path labels, List<String> levels) throws IOException {
        List<String> lv = levels.isEmpty() ? digits() : levels;
        TensorColumn img = readImages(images, "image");
        CategoricalColumn lab = readLabels(labels, "label", lv);
        if (img.size() != lab.size()) {
            throw new DataLoadException(labels.getFileName().toString(), 0, 0, "has " + lab.size() + " labels but "
                    + images.getFileName() + " has " + img.size() + " images; expected one label per image. Fix: pair matching files");
        }
        return Table.of(img, lab);
    }

    private static List<String> digits() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) out.add(Integer.toString(i));
        return out;
    }
}
