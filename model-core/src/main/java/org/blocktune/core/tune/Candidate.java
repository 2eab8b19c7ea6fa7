package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of the search space under a stable id ({@code cand_001}, numbered in grid or
 * proposal order).
 *
 * @param id     the candidate id
 * @param values the tuned arguments' values, in parameter order
 */
public record Candidate(String id, Map<String, Object> values) {
    public Candidate {
        Objects.requireNonNull(id, "id");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The id of the {@code index}-th candidate (0-based): {@code cand_001}, {@code cand_002}, ... */
    public static String idOf(int index) {
        return String.format("cand_%03d", index + 1);
    }
}
