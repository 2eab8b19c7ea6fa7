package org.blocktune.core.space;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares candidate rows (argument name → value) by value: a number equals another of the same size
 * whatever its Java type, so 8 read back from a file as a long matches a grid's integer 8.
 */
public final class RowValues {
    private RowValues() {
    }

    /** True when {@code x} and {@code y} are the same value (numbers compared by size). */
    public static boolean same(Object x, Object y) {
        return x instanceof Number n && y instanceof Number m
                ? Double.compare(n.doubleValue(), m.doubleValue()) == 0 : Objects.equals(x, y);
    }

    /** True when both rows name the same arguments with the same values. */
    public static boolean sameRow(Map<String, Object> a, Map<String, Object> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> same(e.getValue(), b.get(e.getKey())));
    }

    /** A key for hashing rows by value: sorted names, numbers as doubles. */
    public static Map<String, Object> key(Map<String, Object> row) {
        Map<String, Object> k = new TreeMap<>();
        row.forEach((n, v) -> k.put(n, v instanceof Number x ? (Object) x.doubleValue() : v));
        return k;
    }
}
