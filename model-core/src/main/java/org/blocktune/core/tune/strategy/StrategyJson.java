package org.blocktune.core.tune.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON form of a {@link SearchStrategy}, as the project file and a run folder's {@code run.json}
 * store it: {@code {"kind": "race", "burnIn": 3, "alpha": 0.05, "numTies": 10, "randomize": true}},
 * {@code {"kind": "hyperband", "maxEpochs": 0, "factor": 3, "iterations": 1}} or
 * {@code {"kind": "grid", "prune": {"startupTrials": 5, "warmupSteps": 0, "monitor": ""}}}. Only the
 * settings of the chosen kind are written; missing settings take their defaults.
 */
public final class StrategyJson {
    private static final List<String> FIELDS = List.of("kind", "burnIn", "alpha", "numTies", "randomize", "maxEpochs",
            "factor", "iterations", "prune");
    private static final List<String> PRUNE_FIELDS = List.of("startupTrials", "warmupSteps", "monitor");

    private StrategyJson() {
    }

    /** The JSON object of {@code s}. */
    public static ObjectNode toJson(SearchStrategy s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kind", s.kind().id());
        if (s.kind().racing()) {
            SearchStrategy.RaceSettings r = s.race();
            o.put("burnIn", r.burnIn()).put("alpha", r.alpha()).put("numTies", r.numTies()).put("randomize", r.randomize());
        } else if (s.kind() == SearchStrategy.Kind.HYPERBAND) {
            SearchStrategy.HyperbandSettings h = s.hyperband();
            o.put("maxEpochs", h.maxEpochs()).put("factor", h.factor()).put("iterations", h.iterations());
        }
        if (s.pruning() != null) {
            SearchStrategy.MedianPruning p = s.pruning();
            o.putObject("prune").put("startupTrials", p.startupTrials()).put("warmupSteps", p.warmupSteps())
                    .put("monitor", p.monitor());
        }
        return o;
    }

    /**
     * Reads a strategy.
     *
     * @param path where the object is, for messages (e.g. {@code strategy})
     * @throws IllegalArgumentException naming the field at fault and what is expected
     */
    public static SearchStrategy fromJson(JsonNode o, String path) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object such as {\"kind\": \"race\"}");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(path + "." + f + ": unknown field; known: " + String.join(", ", FIELDS));
            }
        }
        JsonNode kind = o.get("kind");
        if (kind == null || !kind.isTextual()) {
            throw new IllegalArgumentException(path + ".kind: expected grid, race, race_win_loss or hyperband");
        }
        SearchStrategy.Kind k;
        try {
            k = SearchStrategy.Kind.byId(kind.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ".kind: " + e.getMessage(), e);
        }
        SearchStrategy.RaceSettings rd = SearchStrategy.RaceSettings.defaults();
        SearchStrategy.HyperbandSettings hd = SearchStrategy.HyperbandSettings.defaults();
        try {
            SearchStrategy.RaceSettings race = new SearchStrategy.RaceSettings(
                    integer(o, "burnIn", rd.burnIn(), path), real(o, "alpha", rd.alpha(), path),
                    integer(o, "numTies", rd.numTies(), path), bool(o, "randomize", rd.randomize(), path));
            SearchStrategy.HyperbandSettings hb = new SearchStrategy.HyperbandSettings(
                    integer(o, "maxEpochs", hd.maxEpochs(), path), integer(o, "factor", hd.factor(), path),
                    integer(o, "iterations", hd.iterations(), path));
            SearchStrategy.MedianPruning prune = null;
            JsonNode p = o.get("prune");
            if (p != null && !p.isNull()) {
                if (!p.isObject()) {
                    throw new IllegalArgumentException(path + ".prune: expected an object {\"startupTrials\": 5, ...} or null");
                }
                for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!PRUNE_FIELDS.contains(f)) {
                        throw new IllegalArgumentException(path + ".prune." + f + ": unknown field; known: "
                                + String.join(", ", PRUNE_FIELDS));
                    }
                }
                SearchStrategy.MedianPruning pd = SearchStrategy.MedianPruning.defaults();
                JsonNode m = p.get("monitor");
                prune = new SearchStrategy.MedianPruning(integer(p, "startupTrials", pd.startupTrials(), path + ".prune"),
                        integer(p, "warmupSteps", pd.warmupSteps(), path + ".prune"),
                        m == null || m.isNull() ? "" : m.asText());
            }
            return new SearchStrategy(k, race, hb, prune);
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(path) ? e
                    : new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static int integer(JsonNode o, String f, int def, String path) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) {
            return def;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException(path + "." + f + ": expected a whole number, found " + n);
        }
        return n.intValue();
    }

    private static double real(JsonNode o, String f, double def, String path) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) {
            return def;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException(path + "." + f + ": expected a number, found " + n);
        }
        return n.doubleValue();
    }

    private static boolean bool(JsonNode o, String f, boolean def, String path) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) {
            return def;
        }
        if (!n.isBoolean()) {
            throw new IllegalArgumentException(path + "." + f + ": expected true or false, found " + n);
        }
        return n.booleanValue();
    }
}
