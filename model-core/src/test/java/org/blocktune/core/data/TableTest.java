package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableTest {
    private final Table t = Table.of(new NumericColumn("x", new double[] {1, 2, 3}),
            CategoricalColumn.ofStrings("g", "a", "b", "a"),
            TensorColumn.ofFloats("img", new int[] {2}, 3, new float[] {1, 2, 3, 4, 5, 6}));

    @Test
    void selectsRowsKeepingLevelsAndTensorRows() {
        Table s = t.rows(new int[] {2, 0, 2});
        assertArrayEquals(new double[] {3, 1, 3}, s.numeric("x").toArray());
        assertEquals(List.of("a", "b"), s.categorical("g").levels());
        assertEquals(5f, s.tensor("img").get(0, 0));
        assertEquals(2f, s.tensor("img").get(1, 1));
    }

    @Test
    void columnsAreImmutableCopies() {
        double[] v = {1, 2};
        NumericColumn c = new NumericColumn("v", v);
        v[0] = 99;
        assertEquals(1.0, c.get(0));
        c.toArray()[1] = 99;
        assertEquals(2.0, c.get(1));
    }

    @Test
    void rejectsUnequalLengthsAndDuplicateNames() {
        assertThrows(IllegalArgumentException.class, () -> Table.of(new NumericColumn("a", new double[1]), new NumericColumn("b", new double[2])));
        assertThrows(IllegalArgumentException.class, () -> Table.of(new NumericColumn("a", new double[1]), new NumericColumn("a", new double[1])));
        assertThrows(IllegalArgumentException.class, () -> t.column("nope"));
    }

    @Test
    void rolesDecideTheTask() {
        assertEquals(Task.CLASSIFICATION, Roles.of(t, "g").task(t));
        assertEquals(Task.REGRESSION, Roles.of(t, "x").task(t));
        assertEquals(List.of("x", "img"), Roles.of(t, "g").predictors());
        Roles multi = new Roles(List.of("g"), Map.of("tab", List.of("x"), "pic", List.of("img")));
        assertEquals(List.of(), multi.validate(t));
        assertThrows(IllegalArgumentException.class, () -> new Roles(List.of("g"), Map.of("a", List.of("g"))));
        assertEquals(1, new Roles(List.of("img"), Map.of("a", List.of("x"))).validate(t).size());
    }

    @Test
    void relevelMapsByNameAndCountsUnseen() {
        CategoricalColumn g = CategoricalColumn.ofStrings("g", "a", "c", "b");
        int[] unseen = new int[1];
        CategoricalColumn r = g.relevel(List.of("b", "a"), unseen);
        assertArrayEquals(new int[] {1, -1, 0}, r.codes());
        assertEquals(1, unseen[0]);
    }
}
