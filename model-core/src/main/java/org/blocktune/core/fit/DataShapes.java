package org.blocktune.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;

/**
 * Derives the shapes a network is built against from baked data: numeric predictors of an input
 * give a flat shape; a tensor column gives its own shape, where a 2-D tensor such as a 28×28 image
 * is read either as a one-channel image {@code [28, 28, 1]} or as a sequence {@code [28, 28]}. The
 * outcomes are one output per outcome column ({@link #separateOutputs}: the classes of a categorical
 * column, or one number), or one vector output over all numeric outcome columns (e.g. the steps of a
 * forecast), as kerasnip decides between several heads and one multistep output.
 */
public final class DataShapes {
    private DataShapes() {
    }

    /**
     * The shapes of {@code baked} under {@code bakedRoles}.
     *
     * @param twoDimAsImage read 2-D tensors as one-channel images (true) or as sequences (false)
     * @throws IllegalArgumentException naming the input when it has no usable predictors
     */
    public static DataShape of(Table baked, Roles bakedRoles, boolean twoDimAsImage) {
        return of(baked, bakedRoles, twoDimAsImage, bakedRoles.anyCategoricalOutcome(baked));
    }

    /**
     * The shapes of {@code baked} under {@code bakedRoles}, with several outcome columns as one output
     * each ({@code separate}) or as one vector output named {@value #VECTOR_OUTPUT} (all numeric).
     */
    public static DataShape of(Table baked, Roles bakedRoles, boolean twoDimAsImage, boolean separate) {
        Map<String, Shape> inputs = new LinkedHashMap<>();
        bakedRoles.inputs().forEach((name, columns) -> inputs.put(name, input(baked, name, columns, twoDimAsImage)));
        List<String> outcomes = bakedRoles.outcomes();
        Map<String, OutcomeShape> outputs = new LinkedHashMap<>();
        if (outcomes.size() == 1 || separate || bakedRoles.anyCategoricalOutcome(baked)) {
            for (String o : outcomes) {
                outputs.put(o, Roles.outcomeTask(baked, o) == Task.CLASSIFICATION
                        ? OutcomeShape.classes(baked.categorical(o).levels().size()) : OutcomeShape.numeric(1));
            }
        } else {
            outputs.put(VECTOR_OUTPUT, OutcomeShape.numeric(outcomes.size()));
        }
        return new DataShape(inputs, outputs);
    }

    /** The name of the one vector output over several numeric outcome columns. */
    public static final String VECTOR_OUTPUT = "outcome";

    /**
     * Whether several outcome columns are separate network outputs: when one of them is categorical, or
     * when the spec has more than one output block (each named after its outcome). Otherwise several
     * numeric columns form one vector output (kerasnip's multistep outcome), predicted by one output block.
     */
    public static boolean separateOutputs(Spec spec, Table data, Roles roles) {
        if (roles.outcomes().size() < 2) {
            return false;
        }
        long outputBlocks = spec.nodes().stream().filter(n -> n.block().isOutput()).count();
        return outputBlocks > 1 || roles.anyCategoricalOutcome(data);
    }

    /** {@link #readings(Table, Roles, Recipe)} for {@code spec}: several outcomes as {@link #separateOutputs} says. */
    public static List<DataShape> readings(Table training, Roles roles, Recipe recipe, Spec spec) {
        boolean separate = separateOutputs(spec, training, roles);
        PreppedRecipe prepped = recipe.prep(training, roles);
        int[] head = java.util.stream.IntStream.range(0, Math.min(training.rowCount(), 8)).toArray();
        Table baked = prepped.bake(training.rows(head));
        Roles bakedRoles = prepped.bakedRoles();
        return hasTwoDimTensor(baked, bakedRoles)
                ? List.of(of(baked, bakedRoles, true, separate), of(baked, bakedRoles, false, separate))
                : List.of(of(baked, bakedRoles, true, separate));
    }

    /**
     * The readings of raw {@code training} data a network may be built against, most likely first:
     * the recipe is prepared on {@code training} and a few baked rows give the shapes. One reading,
     * or two (image, then sequence) when an input is a 2-D tensor. Used by dry runs, which try each
     * reading in turn as a fit does.
     *
     * @throws IllegalArgumentException when the recipe or the roles do not fit the data
     */
    public static List<DataShape> readings(Table training, Roles roles, Recipe recipe) {
        PreppedRecipe prepped = recipe.prep(training, roles);
        int[] head = java.util.stream.IntStream.range(0, Math.min(training.rowCount(), 8)).toArray();
        Table baked = prepped.bake(training.rows(head));
        Roles bakedRoles = prepped.bakedRoles();
        return hasTwoDimTensor(baked, bakedRoles)
                ? List.of(of(baked, bakedRoles, true), of(baked, bakedRoles, false))
                : List.of(of(baked, bakedRoles, true));
    }

    /** True when some input is a 2-D tensor, so that both readings of {@link #of} are possible. */
    public static boolean hasTwoDimTensor(Table baked, Roles bakedRoles) {
        return bakedRoles.predictors().stream().map(baked::column)
                .anyMatch(c -> c instanceof TensorColumn t && t.shape().length == 2);
    }

    private static Shape input(Table baked, String name, List<String> columns, boolean twoDimAsImage) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("input '" + name + "' has no predictor columns left after the recipe; "
                    + "check the roles and steps such as zero_variance");
        }
        Column first = baked.column(columns.get(0));
        if (!(first instanceof TensorColumn t)) {
            return Shape.flat(columns.size());
        }
        int[] s = t.shape();
        return switch (s.length) {
            case 1 -> Shape.flat(s[0]);
            case 2 -> twoDimAsImage ? Shape.image(s[0], s[1], 1) : Shape.sequence(s[0], s[1]);
            case 3 -> Shape.image(s[0], s[1], s[2]);
            default -> throw new IllegalArgumentException("tensor column '" + t.name() + "' has " + s.length
                    + " dimensions; BlockTune networks take tensors of 1 to 3 dimensions");
        };
    }
}
