package org.blocktune.core.tune;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;

/**
 * Fit records and candidate values as one line of JSON text, exactly as {@code fits.jsonl} holds
 * them: for places that run fits in another process (a cluster task returns its record as text, and
 * the coordinator writes what it reads back). Values keep their kinds (integer, real, text) through
 * the round trip, so {@link FitSeeds} gives the same seeds on both sides.
 */
public final class FitRecordJson {
    private FitRecordJson() {
    }

    /** One line of JSON for {@code record}. */
    public static String write(FitRecord record) {
        return RecordJson.fit(record).toString();
    }

    /**
     * The record in {@code line}.
     *
     * @throws IllegalArgumentException if the line is not a fit record
     */
    public static FitRecord read(String line) {
        try {
            return RecordJson.readFit(JsonValues.MAPPER.readTree(line));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a fit record: " + e.getMessage(), e);
        }
    }

    /** Values (a candidate's, or a job's fixed values) as JSON text. */
    public static String writeValues(Map<String, ?> values) {
        return JsonValues.mapNode(values).toString();
    }

    /**
     * The values in {@code json}.
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static Map<String, Object> readValues(String json) {
        try {
            return JsonValues.valueMap(JsonValues.MAPPER.readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object of values: " + e.getMessage(), e);
        }
    }
}
