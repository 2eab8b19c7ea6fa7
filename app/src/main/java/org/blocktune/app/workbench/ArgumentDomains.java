package org.blocktune.app.workbench;

import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.data.Task;
import org.blocktune.core.space.DefaultDomains;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Transform;
import org.blocktune.core.spec.SpecArgument;

/**
 * The domain a tuned argument starts with: the block's own suggestion ({@link ArgSpec#defaultDomain}),
 * else the core's name rules ({@link DefaultDomains#forArgument}), else one made from the argument's
 * type (true/false, its choices, a range around its default). {@code compile_loss} is narrowed to the
 * losses that suit the outcome when the task is known.
 */
public final class ArgumentDomains {
    private ArgumentDomains() {
    }

    /** The starting domain of {@code a}; {@code task} may be null (no data yet). */
    public static Domain defaultFor(SpecArgument a, Task task) {
        if (a.name().equals("compile_loss") && task != null) {
            return new Domain.ValueSet(List.copyOf(task == Task.CLASSIFICATION
                    ? DefaultDomains.CLASSIFICATION_LOSSES : DefaultDomains.REGRESSION_LOSSES));
        }
        ArgSpec spec = a.spec();
        if (spec.defaultDomain() != null) {
            return spec.defaultDomain();
        }
        return DefaultDomains.forArgument(a.name()).orElseGet(() -> fromType(spec));
    }

    private static Domain fromType(ArgSpec spec) {
        Object d = spec.defaultValue();
        return switch (spec.type()) {
            case BOOL -> Domain.ValueSet.of(false, true);
            case CHOICE -> new Domain.ValueSet(new ArrayList<>(spec.choices()));
            case INT -> {
                int v = ((Number) d).intValue();
                yield v > 0 ? new Domain.IntRange(Math.max(1, v / 2), Math.max(2, v * 2), Transform.IDENTITY)
                        : new Domain.IntRange(v, v + 10);
            }
            case REAL -> {
                double v = ((Number) d).doubleValue();
                yield v > 0 ? new Domain.RealRange(v / 10, Math.max(v / 10, Math.min(v * 10, spec.range().max() == null
                        ? v * 10 : spec.range().max())), Transform.LOG10) : new Domain.RealRange(0, 1, Transform.IDENTITY,
                        true);
            }
            case TEXT -> Domain.ValueSet.of(d);
        };
    }
}
