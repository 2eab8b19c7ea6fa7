package org.blocktune.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.ColumnType;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.io.BlockLibraryJson;
import org.blocktune.core.io.ProjectFormatException;
import org.blocktune.core.io.RecipeJson;
import org.blocktune.core.io.SpecJson;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.resample.Split;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.tune.FitRecordJson;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;

/**
 * What an executor needs of a tune job to fit any of its candidates, as bytes the driver broadcasts
 * once per run: the spec and its composite blocks (the project file's JSON), the fixed values, the
 * training table (column by column, exact doubles), roles, recipe, resamples (row indices), metric
 * names and the run controls. Candidates are not in it: each task carries its own. Everything is
 * written in the project file's own forms, so nothing in the core needs Java serialization.
 */
final class JobPayload {
    private static final int VERSION = 1;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private JobPayload() {
    }

    /**
     * The bytes of {@code job}.
     *
     * @throws IllegalArgumentException if the spec uses a block written in Java (a lambda block), which cannot travel
     */
    static byte[] encode(TuneJob job) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(VERSION);
            text(out, BlockLibraryJson.write(SpecJson.composites(job.spec())));
            text(out, SpecJson.write(job.spec()));
            text(out, FitRecordJson.writeValues(job.fixed()));
            text(out, RecipeJson.toJson(job.roles()).toString());
            text(out, RecipeJson.write(job.recipe()));
            table(out, job.training());
            out.writeInt(job.resamples().size());
            for (Split s : job.resamples()) {
                text(out, s.id());
                ints(out, s.analysis());
                ints(out, s.assessment());
            }
            out.writeInt(job.metrics().size());
            for (Metric m : job.metrics()) {
                text(out, m.metricName());
            }
            out.writeInt(job.control().workers());
            out.writeLong(job.control().seed());
            out.writeBoolean(job.control().savePredictions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The job in {@code payload}, with one placeholder candidate (the tasks carry the real ones)
     * and no run folder (only the driver writes records).
     */
    static TuneJob decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload)))) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalStateException("the job was written by another version of the spark module (" + version
                        + "); give the executors the same blocktune-spark job jar as the driver");
            }
            List<CompositeBlock> library = BlockLibraryJson.read(text(in));
            Spec spec = SpecJson.read(text(in), library);
            Map<String, Object> fixed = FitRecordJson.readValues(text(in));
            Roles roles = RecipeJson.rolesFromJson(JSON.readTree(text(in)), "roles");
            Recipe recipe = RecipeJson.readRecipe(text(in));
            Table training = table(in);
            int n = in.readInt();
            List<Split> splits = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                splits.add(new Split(text(in), ints(in), ints(in)));
            }
            int m = in.readInt();
            List<Metric> metrics = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                metrics.add(Metric.byName(text(in)));
            }
            TuneControl control = new TuneControl(in.readInt(), in.readLong(), in.readBoolean());
            return TuneJob.ofCandidates(spec, fixed, List.of(Map.of()), training, roles, recipe, splits, metrics, control, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProjectFormatException e) {
            throw new IllegalStateException("the job could not be read on the executor: " + e.getMessage(), e);
        }
    }

    private static void table(DataOutputStream out, Table t) throws IOException {
        out.writeInt(t.rowCount());
        out.writeInt(t.columnCount());
        for (Column c : t.columns()) {
            text(out, c.name());
            if (c instanceof NumericColumn num) {
                out.writeByte('N');
                for (int i = 0; i < num.size(); i++) {
                    out.writeDouble(num.get(i));
                }
            } else if (c instanceof CategoricalColumn cat) {
                out.writeByte(cat.type() == ColumnType.LOGICAL ? 'L' : 'C');
                out.writeInt(cat.levels().size());
                for (String level : cat.levels()) {
                    text(out, level);
                }
                ints(out, cat.codes());
            } else if (c instanceof TensorColumn ten) {
                boolean bytes = ten.storage() == TensorColumn.Storage.UINT8;
                out.writeByte(bytes ? 'B' : 'F');
                ints(out, ten.shape());
                float[] values = new float[ten.size() * ten.rowLength()];
                ten.copyTo(values, 0);
                for (float v : values) {
                    if (bytes) {
                        out.writeByte((int) v);
                    } else {
                        out.writeFloat(v);
                    }
                }
            }
        }
    }

    private static Table table(DataInputStream in) throws IOException {
        int rows = in.readInt();
        int cols = in.readInt();
        List<Column> columns = new ArrayList<>(cols);
        for (int c = 0; c < cols; c++) {
            String name = text(in);
            int kind = in.readByte();
            switch (kind) {
                case 'N' -> {
                    double[] v = new double[rows];
                    for (int i = 0; i < rows; i++) {
                        v[i] = in.readDouble();
                    }
                    columns.add(new NumericColumn(name, v));
                }
                case 'C', 'L' -> {
                    int n = in.readInt();
                    List<String> levels = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        levels.add(text(in));
                    }
                    int[] codes = ints(in);
                    if (kind == 'L') {
                        Boolean[] values = new Boolean[codes.length];
                        for (int i = 0; i < codes.length; i++) {
                            values[i] = codes[i] < 0 ? null : Boolean.valueOf("TRUE".equals(levels.get(codes[i])));
                        }
                        columns.add(CategoricalColumn.logical(name, values));
                    } else {
                        columns.add(new CategoricalColumn(name, levels, codes));
                    }
                }
                case 'B', 'F' -> {
                    int[] shape = ints(in);
                    int len = 1;
                    for (int d : shape) {
                        len *= d;
                    }
                    if (kind == 'B') {
                        byte[] v = new byte[rows * len];
                        in.readFully(v);
                        columns.add(TensorColumn.ofUnsignedBytes(name, shape, rows, v));
                    } else {
                        float[] v = new float[rows * len];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = in.readFloat();
                        }
                        columns.add(TensorColumn.ofFloats(name, shape, rows, v));
                    }
                }
                default -> throw new IOException("unknown column kind " + kind);
            }
        }
        return new Table(columns);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void ints(DataOutputStream out, int[] v) throws IOException {
        out.writeInt(v.length);
        for (int x : v) {
            out.writeInt(x);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] v = new int[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readInt();
        }
        return v;
    }
}
