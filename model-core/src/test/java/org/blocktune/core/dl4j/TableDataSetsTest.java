package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.FashionMnist;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.TestData;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class TableDataSetsTest {
    private final Table t = Table.of(
            new NumericColumn("a", new double[] {1, 2, 3}),
            new NumericColumn("b", new double[] {10, 20, 30}),
            TensorColumn.ofFloats("img", new int[] {1, 2}, 3, new float[] {1, 2, 3, 4, 5, 6}),
            CategoricalColumn.ofStrings("y", List.of("p", "q", "r"), "q", "r", "q"));

    @Test
    void numericColumnsBecomeRowMajorFeaturesAndCategoricalOutcomeOneHot() {
        TableDataSet d = TableDataSets.convert(t, new Roles(List.of("y"), Map.of("in", List.of("b", "a"))));
        DataSet ds = d.toDataSet();
        assertArrayEquals(new float[] {10, 1, 20, 2, 30, 3}, ds.getFeatures().data().asFloat());
        assertArrayEquals(new long[] {3, 2}, ds.getFeatures().shape());
        assertEquals(Nd4j.createFromArray(new float[][] {{0, 1, 0}, {0, 0, 1}, {0, 1, 0}}), ds.getLabels());
        assertEquals(List.of("p", "q", "r"), d.classLevels());
        assertEquals(Task.CLASSIFICATION, d.task());
        assertArrayEquals(new String[] {"q", "r"}, TableDataSets.classesOf(ds.getLabels().getRows(0, 1), d.classLevels()));
    }

    @Test
    void severalInputsGiveAMultiDataSetWithTensorShapes() {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        inputs.put("tab", List.of("a"));
        inputs.put("pic", List.of("img"));
        TableDataSet d = TableDataSets.convert(t, new Roles(List.of("b"), inputs));
        assertEquals(Task.REGRESSION, d.task());
        assertArrayEquals(new long[] {3, 1}, d.data().getFeatures(0).shape());
        assertArrayEquals(new long[] {3, 1, 2}, d.data().getFeatures(1).shape());
        assertEquals(6f, d.data().getFeatures(1).getFloat(2, 0, 1));
        assertEquals(Nd4j.createFromArray(new float[][] {{10}, {20}, {30}}), d.data().getLabels(0));
        assertThrows(IllegalStateException.class, d::toDataSet);
    }

    @Test
    void rejectsMissingValuesUnencodedCategoriesAndMixedInputs() {
        Table na = t.with(new NumericColumn("a", new double[] {1, Double.NaN, 3}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableDataSets.convert(na, new Roles(List.of("y"), Map.of("in", List.of("a")))));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("row 2"), e.getMessage());
        Table cat = t.with(CategoricalColumn.ofStrings("c", "x", "y", "x"));
        assertThrows(IllegalArgumentException.class, () -> TableDataSets.convert(cat, new Roles(List.of("y"), Map.of("in", List.of("c")))));
        assertThrows(IllegalArgumentException.class, () -> TableDataSets.convert(t, new Roles(List.of("y"), Map.of("in", List.of("img", "a")))));
    }

    @Test
    void bakedIrisAndFashionSubsetConvert() throws Exception {
        Table iris = CsvReader.read(TestData.file("iris.csv"));
        Roles roles = Roles.of(iris, "Species");
        PreppedRecipe p = Recipe.of(new Normalize(), new Dummy(false)).prep(iris, roles);
        TableDataSet d = TableDataSets.convert(p.bake(iris), p.bakedRoles());
        INDArray f = d.toDataSet().getFeatures();
        assertArrayEquals(new long[] {150, 4}, f.shape());
        assertEquals(0.0, f.mean(0).getDouble(0), 1e-5); // normalised
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classLevels());

        Table fm = FashionMnist.test(TestData.file("fashion-mnist-subset"));
        PreppedRecipe q = Recipe.of(new ScaleImages()).prep(fm, Roles.of(fm, "label"));
        DataSet ds = TableDataSets.convert(q.bake(fm), q.bakedRoles()).toDataSet();
        assertArrayEquals(new long[] {500, 28, 28}, ds.getFeatures().shape());
        assertArrayEquals(new long[] {500, 10}, ds.getLabels().shape());
        assertTrue(ds.getFeatures().maxNumber().doubleValue() <= 1.0);
    }
}
