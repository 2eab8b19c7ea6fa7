package org.blocktune.core.tune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;

/** The JSON lines of {@code fits.jsonl}: fit records and (Bayesian runs) proposed candidates. */
final class RecordJson {
    static final String TYPE_FIT = "fit";
    static final String TYPE_CANDIDATE = "candidate";

    private RecordJson() {
    }

    static ObjectNode candidate(Candidate c) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("type", TYPE_CANDIDATE);
        o.put("candidate", c.id());
        o.set("values", JsonValues.mapNode(c.values()));
        return o;
    }

    static Candidate readCandidate(JsonNode o) {
        return new Candidate(JsonValues.required(o, "candidate", "a candidate line").asText(),
                JsonValues.valueMap(JsonValues.required(o, "values", "a candidate line")));
    }

    static ObjectNode fit(FitRecord r) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("type", TYPE_FIT);
        o.put("candidate", r.candidateId());
        o.set("values", JsonValues.mapNode(r.values()));
        o.put("split", r.splitId());
        o.put("seed", r.seed());
        o.put("status", r.status().name());
        o.put("failureKind", r.failureKind());
        o.put("message", r.message());
        o.set("metrics", JsonValues.mapNode(r.metrics()));
        o.set("history", r.history() == null ? JsonValues.NODES.nullNode() : history(r.history()));
        o.put("elapsedMs", r.elapsedMillis());
        if (r.predictions() != null) {
            o.set("predictions", predictions(r.predictions()));
        }
        if (r.budget() > 0) {
            o.put("budget", r.budget());
        }
        return o;
    }

    static FitRecord readFit(JsonNode o) {
        String where = "a fit line";
        JsonNode h = o.get("history");
        JsonNode p = o.get("predictions");
        return new FitRecord(
                JsonValues.required(o, "candidate", where).asText(),
                JsonValues.valueMap(JsonValues.required(o, "values", where)),
                JsonValues.required(o, "split", where).asText(),
                JsonValues.required(o, "seed", where).asLong(),
                FitStatus.valueOf(JsonValues.required(o, "status", where).asText()),
                JsonValues.text(o, "failureKind"),
                JsonValues.text(o, "message"),
                JsonValues.doubleMap(o.get("metrics")),
                h == null || h.isNull() ? null : readHistory(h),
                o.path("elapsedMs").asLong(0),
                p == null || p.isNull() ? null : readPredictions(p),
                o.path("budget").asInt(0));
    }

    static ObjectNode history(History h) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("stopReason", h.stopReason());
        o.put("bestEpoch", h.bestEpoch());
        ArrayNode epochs = o.putArray("epochs");
        for (EpochMetrics e : h.epochs()) {
            ObjectNode eo = epochs.addObject();
            eo.put("epoch", e.epoch());
            eo.set("values", JsonValues.mapNode(e.values()));
        }
        return o;
    }

    static History readHistory(JsonNode o) {
        List<EpochMetrics> epochs = new ArrayList<>();
        o.path("epochs").forEach(e -> epochs.add(new EpochMetrics(e.path("epoch").asInt(),
                JsonValues.doubleMap(e.get("values")))));
        return new History(epochs, JsonValues.text(o, "stopReason"), o.path("bestEpoch").asInt());
    }

    static ObjectNode predictions(FitRecord.Predictions p) {
        ObjectNode o = JsonValues.NODES.objectNode();
        ArrayNode rows = o.putArray("rows");
        for (int r : p.rows()) {
            rows.add(r);
        }
        ArrayNode cols = o.putArray("columns");
        for (Column c : p.table().columns()) {
            ObjectNode co = cols.addObject();
            co.put("name", c.name());
            ArrayNode values = JsonValues.NODES.arrayNode();
            if (c instanceof NumericColumn n) {
                for (int i = 0; i < n.size(); i++) {
                    values.add(JsonValues.toNode(n.get(i)));
                }
            } else if (c instanceof CategoricalColumn k) {
                co.set("levels", JsonValues.toNode(k.levels()));
                for (int i = 0; i < k.size(); i++) {
                    values.add(k.get(i));
                }
            } else {
                throw new IllegalArgumentException("prediction column '" + c.name() + "' is " + c.type()
                        + "; only numeric and categorical predictions can be stored");
            }
            co.set("values", values);
        }
        return o;
    }

    static FitRecord.Predictions readPredictions(JsonNode o) {
        JsonNode rowsNode = o.path("rows");
        int[] rows = new int[rowsNode.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rowsNode.get(i).asInt();
        }
        List<Column> cols = new ArrayList<>();
        for (JsonNode c : o.path("columns")) {
            String name = c.path("name").asText();
            JsonNode values = c.path("values");
            if (c.has("levels")) {
                cols.add(CategoricalColumn.ofStrings(name, JsonValues.strings(c.get("levels")),
                        JsonValues.strings(values).toArray(String[]::new)));
            } else {
                double[] v = new double[values.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = JsonValues.number(values.get(i));
                }
                cols.add(new NumericColumn(name, v));
            }
        }
        return new FitRecord.Predictions(rows, new Table(cols));
    }
}
