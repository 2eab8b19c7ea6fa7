package org.blocktune.core.tune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.blocktune.core.tune.strategy.StrategyJson;

/**
 * A run folder: {@code run.json} (the run's {@link RunInfo}) and {@code fits.jsonl}, one JSON
 * object per line, appended and forced to disk as soon as each fit ends. Lines are fit records
 * ({@code "type":"fit"}) and, for Bayesian runs, proposed candidates ({@code "type":"candidate"})
 * in the order they happened. Appends come from one thread.
 */
public final class RunFolder implements Closeable {
    /** The identity file. */
    public static final String RUN_FILE = "run.json";
    /** The append-only record file. */
    public static final String FITS_FILE = "fits.jsonl";

    private final Path dir;
    private FileChannel channel;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** One line of {@code fits.jsonl}: a fit record or a proposed candidate. */
    public sealed interface Entry permits FitEntry, CandidateEntry { }

    /** A fit record line. */
    public record FitEntry(FitRecord record) implements Entry { }

    /** A proposed-candidate line (Bayesian runs). */
    public record CandidateEntry(Candidate candidate) implements Entry { }

    /** True when {@code dir} holds a run ({@code run.json} exists). */
    public static boolean holdsRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RUN_FILE));
    }

    /** Creates the folder (if needed), writes {@code run.json} and an empty {@code fits.jsonl}. */
    static RunFolder create(Path dir, RunInfo info) throws IOException {
        if (holdsRun(dir)) {
            throw new IllegalStateException("the folder " + dir + " already holds a run; resume it, or choose an empty folder");
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve(RUN_FILE + ".tmp");
        Files.write(tmp, JsonValues.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(runJson(info)));
        try {
            Files.move(tmp, dir.resolve(RUN_FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(RUN_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.write(dir.resolve(FITS_FILE), new byte[0]);
        return new RunFolder(dir);
    }

    /** Opens an existing run folder for appending (after {@link #readEntries repairing} it). */
    static RunFolder openForAppend(Path dir) {
        return new RunFolder(dir);
    }

    /** Reads {@code run.json} of {@code dir}. */
    public static RunInfo readInfo(Path dir) throws IOException {
        Path file = dir.resolve(RUN_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + RUN_FILE + " in " + dir + "; this is not a tune run folder");
        }
        JsonNode o;
        try {
            o = JsonValues.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not valid JSON (" + e.getMessage() + "); the run folder is damaged", e);
        }
        int version = o.path("version").asInt(-1);
        if (version != RunInfo.FORMAT_VERSION) {
            throw new IOException(file + " has format version " + version + " but this BlockTune reads version "
                    + RunInfo.FORMAT_VERSION);
        }
        try {
            List<Candidate> candidates = new ArrayList<>();
            for (JsonNode c : o.path("candidates")) {
                candidates.add(new Candidate(c.path("id").asText(), JsonValues.valueMap(c.get("values"))));
            }
            return new RunInfo(o.path("fingerprint").asText(), o.path("spec").asText(), o.path("bayesian").asBoolean(),
                    JsonValues.strings(o.get("parameters")), JsonValues.valueMap(o.get("fixed")), candidates,
                    JsonValues.strings(o.get("splits")), JsonValues.strings(o.get("metrics")), o.path("seed").asLong(),
                    o.hasNonNull("strategy") ? StrategyJson.fromJson(o.get("strategy"), "strategy") : null);
        } catch (RuntimeException e) {
            throw new IOException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static ObjectNode runJson(RunInfo info) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("format", "blocktune-tune-run");
        o.put("version", RunInfo.FORMAT_VERSION);
        o.put("fingerprint", info.fingerprint());
        o.put("spec", info.specName());
        o.put("bayesian", info.bayesian());
        o.set("parameters", JsonValues.toNode(info.parameterNames()));
        o.set("fixed", JsonValues.mapNode(info.fixed()));
        o.set("splits", JsonValues.toNode(info.splitIds()));
        o.set("metrics", JsonValues.toNode(info.metricNames()));
        o.put("seed", info.seed());
        if (!info.strategy().isDefault()) {
            o.set("strategy", StrategyJson.toJson(info.strategy()));
        }
        ArrayNode cands = o.putArray("candidates");
        for (Candidate c : info.candidates()) {
            ObjectNode co = cands.addObject();
            co.put("id", c.id());
            co.set("values", JsonValues.mapNode(c.values()));
            ObjectNode seeds = co.putObject("seeds");
            for (String split : info.splitIds()) {
                seeds.put(split, FitSeeds.of(info.seed(), c.values(), split));
            }
        }
        return o;
    }

    /**
     * Reads every line of {@code fits.jsonl} in order. A line that cannot be read is skipped with
     * a warning; when it is the last line (a write cut short by a crash) and {@code repair} is
     * true, the file is truncated to the end of the last good line so that appends continue cleanly.
     */
    public static List<Entry> readEntries(Path dir, boolean repair, Consumer<String> warnings) throws IOException {
        Path file = dir.resolve(FITS_FILE);
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int lineNo = 0;
        long goodEnd = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNo++;
            boolean complete = end < bytes.length;
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
            boolean last = !complete || end + 1 >= bytes.length;
            if (!line.isEmpty()) {
                Entry entry = null;
                String problem = null;
                if (!complete) {
                    problem = "it was cut short (no line end), probably by a crash while it was written";
                } else {
                    try {
                        entry = parse(line);
                    } catch (IOException | RuntimeException e) {
                        problem = "it is not a valid record (" + e.getMessage().lines().findFirst().orElse("") + ")";
                    }
                }
                if (entry != null) {
                    out.add(entry);
                    goodEnd = end + 1;
                } else {
                    warnings.accept("line " + lineNo + " of " + file + " was ignored: " + problem
                            + (last ? "; the fit will run again on resume" : ""));
                    if (!last) {
                        goodEnd = end + 1;
                    }
                }
            } else if (complete) {
                goodEnd = end + 1;
            }
            start = end + 1;
        }
        if (repair && goodEnd < bytes.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodEnd);
                ch.force(true);
            }
        }
        return out;
    }

    private static Entry parse(String line) throws IOException {
        JsonNode o = JsonValues.MAPPER.readTree(line);
        if (o == null || !o.isObject()) {
            throw new IOException("not a JSON object");
        }
        String type = o.path("type").asText();
        return switch (type) {
            case RecordJson.TYPE_FIT -> new FitEntry(RecordJson.readFit(o));
            case RecordJson.TYPE_CANDIDATE -> new CandidateEntry(RecordJson.readCandidate(o));
            default -> throw new IOException("unknown line type '" + type + "'");
        };
    }

    /** Appends a fit record and forces it to disk. */
    void append(FitRecord record) {
        appendLine(RecordJson.fit(record));
    }

    /** Appends a proposed candidate and forces it to disk. */
    void append(Candidate candidate) {
        appendLine(RecordJson.candidate(candidate));
    }

    private void appendLine(ObjectNode node) {
        try {
            if (channel == null) {
                channel = FileChannel.open(dir.resolve(FITS_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            byte[] line = (JsonValues.MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to " + dir.resolve(FITS_FILE) + ": " + e.getMessage()
                    + "; check that the disk has space and the folder is writable", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
