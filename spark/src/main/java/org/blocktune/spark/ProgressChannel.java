package org.blocktune.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.tune.FitKey;
import org.blocktune.core.tune.FitOrder;
import org.blocktune.core.tune.TuneListener;

/**
 * Live training progress from executors to the driver, so loss curves grow epoch by epoch as with
 * local workers: the driver listens on a port of its own address, each executor sends one JSON
 * line per training start and finished epoch. Best effort: an executor that cannot connect fits
 * all the same, and the driver then shows the fit's epochs from its record when it ends. Events
 * of a fit that has already been recorded are dropped.
 */
final class ProgressChannel implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSocket server;
    private final TuneListener listener;
    private final String runId;
    /** "candidate split" → the fit's key, while it runs. */
    private final Map<String, FitKey> running = new ConcurrentHashMap<>();
    /** "candidate split" → epochs received. */
    private final Map<String, Integer> received = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Listens on {@code host} (the driver's address), any free port. */
    ProgressChannel(String host, String runId, TuneListener listener) throws IOException {
        this.listener = listener;
        this.runId = runId;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
        Thread accept = new Thread(this::acceptLoop, "blocktune-progress");
        accept.setDaemon(true);
        accept.start();
    }

    /** Where executors send events: host:port. */
    String address() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    void started(FitOrder order) {
        running.put(name(order.candidate().id(), order.splitId()), order.key());
    }

    /** The fit's record arrived: later events are dropped. Returns the epochs received so far. */
    synchronized int finished(FitOrder order) {
        String name = name(order.candidate().id(), order.splitId());
        running.remove(name);
        Integer n = received.remove(name);
        return n == null ? 0 : n;
    }

    private static String name(String candidate, String split) {
        return candidate + "\u0000" + split;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                Thread reader = new Thread(() -> read(s), "blocktune-progress-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void read(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (!closed && (line = in.readLine()) != null) {
                handle(JSON.readTree(line));
            }
        } catch (IOException | RuntimeException e) {
            // progress is best effort; the record still arrives through Spark
        }
    }

    private synchronized void handle(JsonNode o) {
        if (!runId.equals(o.path("run").asText())) {
            return;
        }
        String name = name(o.path("candidate").asText(), o.path("split").asText());
        FitKey key = running.get(name);
        if (key == null) {
            return;
        }
        if ("start".equals(o.path("kind").asText())) {
            received.put(name, 0);
            listener.trainingStarted(key, o.path("epochs").asInt(), o.path("batches").asInt());
        } else if ("epoch".equals(o.path("kind").asText())) {
            Map<String, Double> values = new LinkedHashMap<>();
            o.path("values").fields().forEachRemaining(e -> values.put(e.getKey(),
                    e.getValue().isNumber() ? e.getValue().asDouble() : Double.NaN));
            received.merge(name, 1, Integer::sum);
            listener.epochFinished(key, new EpochMetrics(o.path("epoch").asInt(), values));
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    // ---- executor side -------------------------------------------------------------------

    /** The executor's connection to a driver, one per run and executor. */
    static final class Sender {
        private static final Map<String, Sender> BY_RUN = new ConcurrentHashMap<>();
        private final OutputStream out;
        private boolean broken;

        private Sender(OutputStream out) {
            this.out = out;
        }

        /** A listener sending {@code order}'s events to {@code address}; a plain one when the driver cannot be reached. */
        static FitListener forFit(String address, String runId, FitOrder order) {
            if (address == null) {
                return FitListener.NONE;
            }
            Sender sender = BY_RUN.computeIfAbsent(runId, id -> connect(address));
            if (sender.out == null) {
                return FitListener.NONE;
            }
            return new FitListener() {
                @Override
                public void started(int epochs, int batches) {
                    ObjectNode o = base("start");
                    o.put("epochs", epochs);
                    o.put("batches", batches);
                    sender.send(o);
                }

                @Override
                public void epochFinished(EpochMetrics metrics) {
                    ObjectNode o = base("epoch");
                    o.put("epoch", metrics.epoch());
                    ObjectNode values = o.putObject("values");
                    metrics.values().forEach((k, v) -> {
                        if (v == null || !Double.isFinite(v)) {
                            values.putNull(k);
                        } else {
                            values.put(k, v);
                        }
                    });
                    sender.send(o);
                }

                private ObjectNode base(String kind) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("run", runId);
                    o.put("candidate", order.candidate().id());
                    o.put("split", order.splitId());
                    o.put("kind", kind);
                    return o;
                }
            };
        }

        private static Sender connect(String address) {
            int colon = address.lastIndexOf(':');
            try {
                Socket s = new Socket();
                s.connect(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))), 5_000);
                s.setTcpNoDelay(true);
                return new Sender(s.getOutputStream());
            } catch (IOException | RuntimeException e) {
                return new Sender(null);
            }
        }

        /** Sends one event; a broken channel is left alone (it must never fail the fit). */
        private synchronized void send(ObjectNode o) {
            if (broken) {
                return;
            }
            try {
                out.write((o.toString() + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                broken = true;
            }
        }
    }
}
