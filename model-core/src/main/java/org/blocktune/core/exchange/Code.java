package org.blocktune.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blocktune.core.data.recipe.Step;
import org.blocktune.core.io.RecipeJson;

/** Literals and small texts shared by the exporters. */
final class Code {
    private Code() {
    }

    static String javaString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A double as Java/Python/R source, shortest round-trip form. */
    static String javaDouble(double d) {
        String s = Double.toString(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) + ".0" : s;
    }

    /** A value as a Python literal. */
    static String py(Object v) {
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return javaDouble(d);
        if (v instanceof Number n) return n.toString();
        return "\"" + javaString(String.valueOf(v)) + "\"";
    }

    /** A value as an R literal. */
    static String r(Object v) {
        if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
        if (v instanceof Integer || v instanceof Long) return v + "L";
        if (v instanceof Double d) return javaDouble(d);
        return "\"" + javaString(String.valueOf(v)) + "\"";
    }

    /** "normalize, dummy" — the recipe's step names. */
    static String recipeSummary(ExportInput in) {
        List<String> names = new ArrayList<>();
        for (Step s : in.project().data().recipe().steps()) names.add(stepName(s));
        return names.isEmpty() ? "no steps" : String.join(", ", names);
    }

    /** The step's name in the project file (normalize, dummy, …). */
    static String stepName(Step s) {
        return RecipeJson.toJson(new org.blocktune.core.data.recipe.Recipe(List.of(s))).get("steps").get(0).get("step")
                .asText().toLowerCase(Locale.ROOT);
    }
}
