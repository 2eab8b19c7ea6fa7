package org.blocktune.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A column holding one fixed-shape array of numbers per row, stored row after row in a single
 * primitive array: unsigned bytes (compact, as read from image files) or floats (after scaling).
 * Tensor values are never missing.
 */
public final class TensorColumn implements Column {
    /** How the values are stored. */
    public enum Storage { UINT8, FLOAT32 }

    private final String name;
    private final int[] shape;
    private final int rowLength;
    private final int rows;
    private final byte[] bytes;
    private final float[] floats;

    private TensorColumn(String name, int[] shape, int rows, byte[] bytes, float[] floats) {
        this.name = Objects.requireNonNull(name, "name");
        this.shape = shape.clone();
        int len = 1;
        for (int d : shape) {
            if (d <= 0) throw new IllegalArgumentException("tensor column '" + name + "': every dimension must be positive, got " + Arrays.toString(shape));
            len = Math.multiplyExact(len, d);
        }
        this.rowLength = len;
        this.rows = rows;
        this.bytes = bytes;
        this.floats = floats;
        long stored = bytes != null ? bytes.length : floats.length;
        if (stored != (long) rows * len) {
            throw new IllegalArgumentException("tensor column '" + name + "': " + stored + " values do not fill "
                    + rows + " rows of shape " + Arrays.toString(shape));
        }
    }

    /** Float tensors; copies {@code values} (row-major, {@code rows × product(shape)} values). */
    public static TensorColumn ofFloats(String name, int[] shape, int rows, float[] values) {
        return new TensorColumn(name, shape, rows, null, values.clone());
    }

    /** Unsigned-byte tensors (values 0..255); copies {@code values}. */
    public static TensorColumn ofUnsignedBytes(String name, int[] shape, int rows, byte[] values) {
        return new TensorColumn(name, shape, rows, values.clone(), null);
    }

    static TensorColumn wrapBytes(String name, int[] shape, int rows, byte[] owned) {
        return new TensorColumn(name, shape, rows, owned, null);
    }

    static TensorColumn wrapFloats(String name, int[] shape, int rows, float[] owned) {
        return new TensorColumn(name, shape, rows, null, owned);
    }

    @Override public String name() { return name; }
    @Override public int size() { return rows; }
    @Override public ColumnType type() { return ColumnType.TENSOR; }
    @Override public boolean isMissing(int row) { return false; }

    /** The shape of one row's array (a copy). */
    public int[] shape() { return shape.clone(); }

    /** Number of values in one row (the product of the shape). */
    public int rowLength() { return rowLength; }

    /** How the values are stored. */
    public Storage storage() { return bytes != null ? Storage.UINT8 : Storage.FLOAT32; }

    /** Value {@code index} (row-major within the row) of {@code row}. */
    public float get(int row, int index) {
        if (index < 0 || index >= rowLength) throw new IndexOutOfBoundsException(index);
        int at = row * rowLength + index;
        return bytes != null ? (bytes[at] & 0xFF) : floats[at];
    }

    /** Copies all values, row after row, into {@code dest} from {@code offset} as floats (bulk). */
    public void copyTo(float[] dest, int offset) {
        if (floats != null) {
            System.arraycopy(floats, 0, dest, offset, floats.length);
        } else {
            for (int i = 0; i < bytes.length; i++) dest[offset + i] = bytes[i] & 0xFF;
        }
    }

    /** A float column with every value multiplied by {@code factor}. */
    public TensorColumn scaled(float factor) {
        float[] out = new float[rows * rowLength];
        if (floats != null) {
            for (int i = 0; i < out.length; i++) out[i] = floats[i] * factor;
        } else {
            for (int i = 0; i < out.length; i++) out[i] = (bytes[i] & 0xFF) * factor;
        }
        return new TensorColumn(name, shape, rows, null, out);
    }

    @Override
    public TensorColumn select(int[] rowIndex) {
        int n = rowIndex.length;
        if (bytes != null) {
            byte[] out = new byte[n * rowLength];
            for (int i = 0; i < n; i++) System.arraycopy(bytes, checkRow(rowIndex[i]) * rowLength, out, i * rowLength, rowLength);
            return new TensorColumn(name, shape, n, out, null);
        }
        float[] out = new float[n * rowLength];
        for (int i = 0; i < n; i++) System.arraycopy(floats, checkRow(rowIndex[i]) * rowLength, out, i * rowLength, rowLength);
        return new TensorColumn(name, shape, n, null, out);
    }

    private int checkRow(int r) {
        if (r < 0 || r >= rows) throw new IndexOutOfBoundsException("row " + r + " of " + rows);
        return r;
    }

    @Override
    public TensorColumn rename(String newName) { return new TensorColumn(newName, shape, rows, bytes, floats); }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorColumn c && c.name.equals(name) && Arrays.equals(c.shape, shape)
                && Arrays.equals(c.bytes, bytes) && Arrays.equals(c.floats, floats);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(shape); }

    @Override
    public String toString() {
        return "TensorColumn[" + name + ", shape=" + Arrays.toString(shape) + ", " + rows + " rows, " + storage() + "]";
    }
}
