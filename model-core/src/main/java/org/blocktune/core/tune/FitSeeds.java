package org.blocktune.core.tune;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import org.blocktune.core.random.SeededRandom;

/**
 * The seed of one fit, derived from the master seed, the candidate's values and the split id
 * only, never from scheduling, so runs with any number of workers, and resumed runs, fit with the
 * same seeds. Values are compared by kind and number ({@code 3} as Integer or Long is the same
 * value; {@code 3.0} is a different one), so they survive a JSON round trip.
 */
public final class FitSeeds {
    private FitSeeds() {
    }

    /** The seed for fitting {@code values} on split {@code splitId} under {@code masterSeed}. */
    public static long of(long masterSeed, Map<String, ?> values, String splitId) {
        byte[] digest = sha256(canonical(values) + "|split=" + splitId);
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (digest[i] & 0xFF);
        }
        return new SeededRandom(masterSeed ^ h).nextLong();
    }

    /** A text form of {@code values} that is equal exactly when the values are the same point. */
    public static String canonical(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder("{");
        new TreeMap<String, Object>(values).forEach((k, v) -> sb.append(k).append('=').append(kindOf(v)).append(';'));
        return sb.append('}').toString();
    }

    private static String kindOf(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return "i:" + ((Number) v).longValue();
        }
        if (v instanceof Double || v instanceof Float) {
            return "d:" + ((Number) v).doubleValue();
        }
        if (v instanceof Boolean b) {
            return "b:" + b;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> inner = new TreeMap<>();
            m.forEach((k, x) -> inner.put(String.valueOf(k), x));
            return "m:" + canonical(inner);
        }
        if (v instanceof Iterable<?> list) {
            StringBuilder sb = new StringBuilder("l:[");
            list.forEach(x -> sb.append(kindOf(x)).append(','));
            return sb.append(']').toString();
        }
        return "s:" + v;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
