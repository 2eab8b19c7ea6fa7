package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.FittedStep;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.junit.jupiter.api.Test;

class RecipeJsonTest {
    private static final double NA = Double.NaN;

    // x numeric with a gap, c categorical with a gap, k constant, img a tensor, y the outcome
    private final Table data = Table.of(
            new NumericColumn("x", new double[] {1, 2, 3, NA}),
            new NumericColumn("w", new double[] {0.5, 0.25, 4, 8}),
            CategoricalColumn.ofStrings("c", List.of("a", "b", "z z"), "a", "b", "a", null),
            new NumericColumn("k", new double[] {7, 7, NA, 7}),
            TensorColumn.ofUnsignedBytes("img", new int[] {2}, 4, new byte[] {0, (byte) 255, 51, 102, 1, 2, 3, 4}),
            CategoricalColumn.ofStrings("y", "yes", "no", "yes", "no"));
    private final Roles roles = new Roles(List.of("y"), inputs("tab", List.of("x", "w", "c", "k"), "image", List.of("img")));

    private final Recipe everyStep = Recipe.of(new Impute(Impute.Method.MEDIAN), new ZeroVariance(),
            new Normalize(List.of("x", "w")), new Dummy(true, List.of("c")), new ScaleImages(255, List.of("img")));

    @Test
    void recipeWithEveryStepKindRoundTrips() throws Exception {
        Recipe r = Recipe.of(new Impute(Impute.Method.MODE, List.of("x")), new Normalize(), new Dummy(false),
                new ZeroVariance(List.of("k")), new ScaleImages(100, List.of()));
        String json = RecipeJson.write(r);
        assertEquals(r, RecipeJson.readRecipe(json));
        assertEquals(json, RecipeJson.write(RecipeJson.readRecipe(json)));
        assertTrue(json.contains("\"step\" : \"impute\",\n    \"method\" : \"mode\""), json);
    }

    @Test
    void preppedRecipeWithEveryStepKindRoundTripsWithRolesAndLevels() throws Exception {
        PreppedRecipe prepped = everyStep.prep(data, roles);
        List<Class<?>> kinds = prepped.steps().stream().<Class<?>>map(FittedStep::getClass).toList();
        assertEquals(List.of(Impute.Fitted.class, ZeroVariance.Fitted.class, Normalize.Fitted.class, Dummy.Fitted.class,
                ScaleImages.Fitted.class), kinds);
        String json = RecipeJson.write(prepped);
        PreppedRecipe back = RecipeJson.readPrepped(json);
        assertEquals(prepped, back);
        assertEquals(List.of("a", "b", "z z"), back.levels().get("c"));
        assertEquals(List.of("yes", "no"), back.outcomeLevels());
        assertEquals(List.of("tab", "image"), List.copyOf(back.bakedRoles().inputs().keySet()));
        assertEquals(List.of("x", "w", "c_a", "c_b", "c_z.z"), back.bakedRoles().inputs().get("tab"));
        assertEquals(json, RecipeJson.write(back));
        // the read recipe bakes new data exactly as the original
        Table baked = prepped.bake(data);
        Table bakedBack = back.bake(data);
        assertEquals(baked.names(), bakedBack.names());
        for (String n : List.of("x", "w", "c_a", "c_z.z")) {
            assertArrayEquals(baked.numeric(n).toArray(), bakedBack.numeric(n).toArray());
        }
    }

    @Test
    void unorderedStatisticsAreWrittenSortedSoTheTextIsStable() {
        Normalize.Fitted a = new Normalize.Fitted(Map.of("b", new Normalize.Stats(1, 2), "a", new Normalize.Stats(3, 4),
                "c", new Normalize.Stats(5, 6)));
        PreppedRecipe p = new PreppedRecipe(new Roles(List.of("y"), Map.of("input", List.of("a", "b", "c"))), Map.of(),
                List.of(a), new Roles(List.of("y"), Map.of("input", List.of("a", "b", "c"))));
        String json = RecipeJson.write(p);
        assertTrue(json.indexOf("\"a\" : {") < json.indexOf("\"b\" : {") && json.indexOf("\"b\" : {") < json.indexOf("\"c\" : {"),
                json);
    }

    @Test
    void nonFiniteStatisticsSurvive() throws Exception {
        PreppedRecipe p = new PreppedRecipe(new Roles(List.of("y"), Map.of("input", List.of("a"))), Map.of(),
                List.of(new Impute.Fitted(Map.of("a", NA), Map.of()), new Normalize.Fitted(Map.of("a",
                        new Normalize.Stats(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)))),
                new Roles(List.of("y"), Map.of("input", List.of("a"))));
        assertEquals(p, RecipeJson.readPrepped(RecipeJson.write(p)));
    }

    @Test
    void brokenRecipesSayWhereAndWhat() {
        var unknown = assertThrows(ProjectFormatException.class, () -> RecipeJson.readRecipe(
                "{\"steps\":[{\"step\":\"normalize\"},{\"step\":\"pca\"}]}"));
        assertEquals("recipe.steps[1].step: unknown step 'pca'; known: impute, normalize, dummy, zero_variance, "
                + "scale_images, drop_missing, filter_rows, pool_rare, log, yeo_johnson, remove_columns", unknown.getMessage());
        var method = assertThrows(ProjectFormatException.class, () -> RecipeJson.readRecipe(
                "{\"steps\":[{\"step\":\"impute\",\"method\":\"average\"}]}"));
        assertEquals("recipe.steps[0].method: unknown impute method 'average'; known: mean, median, mode",
                method.getMessage());
        var max = assertThrows(ProjectFormatException.class, () -> RecipeJson.readRecipe(
                "{\"steps\":[{\"step\":\"scale_images\",\"max\":0}]}"));
        assertEquals("recipe.steps[0]", max.path());
        assertTrue(max.getMessage().contains("max must be positive"), max.getMessage());
        var roles = assertThrows(ProjectFormatException.class, () -> RecipeJson.readPrepped(
                "{\"roles\":{\"outcomes\":[],\"inputs\":{}},\"levels\":{},\"steps\":[],\"bakedRoles\":{}}"));
        assertEquals("prepped.roles: choose at least one outcome column", roles.getMessage());
        var stat = assertThrows(ProjectFormatException.class, () -> RecipeJson.readPrepped(
                "{\"roles\":{\"outcomes\":[\"y\"],\"inputs\":{}},\"levels\":{},\"steps\":[{\"step\":\"normalize\","
                        + "\"stats\":{\"x\":{\"mean\":\"high\",\"sd\":1}}}],\"bakedRoles\":{\"outcomes\":[\"y\"]}}"));
        assertEquals("prepped.steps[0].stats.x.mean: expected a number, found the text \"high\"", stat.getMessage());
    }

    private static Map<String, List<String>> inputs(String k1, List<String> v1, String k2, List<String> v2) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
