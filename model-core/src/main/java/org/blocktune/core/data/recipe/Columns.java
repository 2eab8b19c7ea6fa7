package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/** Resolves which predictor columns a step applies to. */
final class Columns {
    private Columns() { }

    static List<String> resolve(String step, List<String> chosen, Table t, Roles roles, Predicate<Column> kind, String kindName) {
        List<String> out = new ArrayList<>();
        if (chosen.isEmpty()) {
            for (String p : roles.predictors()) {
                if (t.has(p) && kind.test(t.column(p))) out.add(p);
            }
            return out;
        }
        for (String c : chosen) {
            if (roles.outcomes().contains(c)) {
                throw new IllegalArgumentException(step + ": '" + c + "' is an outcome; steps apply to predictors only");
            }
            Column col = t.column(c);
            if (!kind.test(col)) {
                throw new IllegalArgumentException(step + ": column '" + c + "' is " + col.type() + "; this step needs " + kindName + " columns");
            }
            out.add(c);
        }
        return out;
    }
}
