package org.blocktune.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitOrder;
import org.blocktune.core.tune.FitRecordJson;

/** A {@link FitOrder} as one line of JSON, the element of a fit's Spark task. */
final class FitOrderText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FitOrderText() {
    }

    static String write(FitOrder order) {
        ObjectNode o = JSON.createObjectNode();
        o.put("candidate", order.candidate().id());
        try {
            o.set("values", JSON.readTree(FitRecordJson.writeValues(order.candidate().values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        o.put("split", order.splitId());
        o.put("seed", order.seed());
        return o.toString();
    }

    static FitOrder read(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            return new FitOrder(new Candidate(o.get("candidate").asText(), FitRecordJson.readValues(o.get("values").toString())),
                    o.get("split").asText(), o.get("seed").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
