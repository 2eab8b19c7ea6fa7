package org.blocktune.core.data.recipe;

import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;

/** Divides tensor predictors by {@code max} (255 for 8-bit images), giving values in [0, 1]. */
public record ScaleImages(double max, List<String> columns) implements Step {
    public ScaleImages {
        columns = List.copyOf(columns);
        if (!(max > 0)) throw new IllegalArgumentException("scale_images: max must be positive, got " + max);
    }

    /** Scale every tensor predictor from 0..255 to [0, 1]. */
    public ScaleImages() { this(255, List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        return new Fitted(max, Columns.resolve("scale_images", columns, analysis, roles, c -> c instanceof TensorColumn, "tensor"));
    }

    /** The columns to scale and the divisor (nothing is estimated from data). */
    public record Fitted(double max, List<String> columns) implements FittedStep {
        public Fitted { columns = List.copyOf(columns); }

        @Override
        public Table apply(Table data) {
            Table out = data;
            for (String c : columns) {
                if (data.has(c)) out = out.with(data.tensor(c).scaled((float) (1.0 / max)));
            }
            return out;
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
