package org.blocktune.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shapes a network is built against: one shape per named input and one outcome per named
 * output. {@code input_shape} and {@code num_classes} come from here, never from arguments.
 *
 * @param inputs  input name → example shape (a single input may have any name)
 * @param outputs output name → outcome (a single output may have any name)
 */
public record DataShape(Map<String, Shape> inputs, Map<String, OutcomeShape> outputs) {

    public DataShape {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("data needs at least one input and one outcome");
        }
    }

    /** One input, one categorical outcome. */
    public static DataShape classification(Shape input, int classes) {
        return new DataShape(Map.of("input", input), Map.of("output", OutcomeShape.classes(classes)));
    }

    /** One input, one numeric outcome with {@code columns} values. */
    public static DataShape regression(Shape input, int columns) {
        return new DataShape(Map.of("input", input), Map.of("output", OutcomeShape.numeric(columns)));
    }

    /** True when the network has one input. */
    public boolean singleInput() {
        return inputs.size() == 1;
    }

    /** True when the network has one output. */
    public boolean singleOutput() {
        return outputs.size() == 1;
    }

    /** The only input's shape. */
    public Shape onlyInput() {
        return inputs.values().iterator().next();
    }

    /** The only outcome. */
    public OutcomeShape onlyOutput() {
        return outputs.values().iterator().next();
    }
}
