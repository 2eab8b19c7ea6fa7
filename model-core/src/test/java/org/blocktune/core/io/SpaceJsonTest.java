package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.junit.jupiter.api.Test;

class SpaceJsonTest {

    static final ParameterSet EVERY_DOMAIN = ParameterSet.of()
            .add("num_body", new Domain.IntRange(1, 3))
            .add("body_units", new Domain.IntRange(8, 256, Transform.LOG2))
            .add("learn_rate", new Domain.RealRange(1e-4, 1e-1, Transform.LOG10))
            .add("body_dropout", new Domain.RealRange(0.0, 0.5, Transform.IDENTITY, true))
            .add("fit_batch_size", new Domain.RealRange(16, 512, Transform.LOG2, false))
            .add("compile_optimizer", Domain.ValueSet.of("adam", "sgd", "rmsprop"))
            .add("fit_epochs", Domain.ValueSet.of(5, 10, 2.5, 3_000_000_000L))
            .add("fit_shuffle", Domain.ValueSet.of(true, false))
            .add("mixed", Domain.ValueSet.of("relu", 1, 0.5, false));

    @Test
    void everyDomainKindAndTransformRoundTripsExactly() throws Exception {
        String json = SpaceJson.write(EVERY_DOMAIN);
        ParameterSet back = SpaceJson.readSpace(json);
        assertEquals(EVERY_DOMAIN, back);
        assertEquals(EVERY_DOMAIN.names(), back.names());
        assertEquals(json, SpaceJson.write(back));
        List<Object> epochs = ((Domain.ValueSet) back.domain("fit_epochs")).values();
        assertInstanceOf(Integer.class, epochs.get(0));
        assertInstanceOf(Double.class, epochs.get(2));
        assertInstanceOf(Long.class, epochs.get(3));
        assertTrue(json.contains("\"transform\" : \"log10\""), json);
    }

    @Test
    void emptySpaceRoundTrips() throws Exception {
        assertEquals(ParameterSet.of(), SpaceJson.readSpace(SpaceJson.write(ParameterSet.of())));
    }

    @Test
    void gridSettingsOfEveryKindRoundTrip() throws Exception {
        for (GridSettings.Kind kind : GridSettings.Kind.values()) {
            BayesianSettings b = kind == GridSettings.Kind.BAYESIAN
                    ? BayesianSettings.defaults(Direction.MINIMIZE).withSeed(7).withIterations(20) : null;
            GridSettings g = new GridSettings(kind, 4, 25, 123456789012L, b);
            String json = SpaceJson.write(g);
            assertEquals(g, SpaceJson.readGrid(json), json);
            assertEquals(json, SpaceJson.write(SpaceJson.readGrid(json)));
        }
        GridSettings regularWithBayes = new GridSettings(GridSettings.Kind.REGULAR, 3, 10, 0,
                BayesianSettings.defaults(Direction.MAXIMIZE));
        assertEquals(regularWithBayes, SpaceJson.readGrid(SpaceJson.write(regularWithBayes)));
        assertTrue(SpaceJson.write(GridSettings.regular(3)).contains("\"kind\" : \"regular\""));
    }

    @Test
    void brokenSpacesSayWhereAndWhat() {
        var domain = assertThrows(ProjectFormatException.class, () -> SpaceJson.readSpace(
                "[{\"name\":\"a\",\"domain\":\"int\",\"lower\":1,\"upper\":2},{\"name\":\"b\",\"domain\":\"circle\"}]"));
        assertEquals("space[1].domain: unknown domain 'circle'; known: int, real, values", domain.getMessage());
        var bounds = assertThrows(ProjectFormatException.class, () -> SpaceJson.readSpace(
                "[{\"name\":\"u\",\"domain\":\"int\",\"lower\":9,\"upper\":2}]"));
        assertEquals("space[0]: parameter 'u': integer range lower 9 > upper 2", bounds.getMessage());
        var whole = assertThrows(ProjectFormatException.class, () -> SpaceJson.readSpace(
                "[{\"name\":\"u\",\"domain\":\"int\",\"lower\":1.5,\"upper\":2}]"));
        assertEquals("space[0].lower: expected a whole number, found 1.5", whole.getMessage());
        var transform = assertThrows(ProjectFormatException.class, () -> SpaceJson.readSpace(
                "[{\"name\":\"r\",\"domain\":\"real\",\"lower\":1,\"upper\":2,\"transform\":\"ln\"}]"));
        assertEquals("space[0].transform: unknown transform 'ln'; known: identity, log10, log2", transform.getMessage());
        var twice = assertThrows(ProjectFormatException.class, () -> SpaceJson.readSpace(
                "[{\"name\":\"v\",\"domain\":\"values\",\"values\":[1]},{\"name\":\"v\",\"domain\":\"values\",\"values\":[2]}]"));
        assertEquals("space[1].name", twice.path());
        var nested = assertThrows(ProjectFormatException.class, () -> SpaceJson.readSpace(
                "[{\"name\":\"v\",\"domain\":\"values\",\"values\":[1,{\"x\":1}]}]"));
        assertEquals("space[0].values[1]", nested.path());
        var kind = assertThrows(ProjectFormatException.class, () -> SpaceJson.readGrid(
                "{\"kind\":\"sobol\",\"levels\":3,\"size\":10,\"seed\":0}"));
        assertTrue(kind.getMessage().startsWith("grid.kind: unknown grid kind 'sobol'; known: regular, random, "
                + "latin_hypercube, max_entropy, bayesian"), kind.getMessage());
        var bayes = assertThrows(ProjectFormatException.class, () -> SpaceJson.readGrid(
                "{\"kind\":\"bayesian\",\"levels\":3,\"size\":10,\"seed\":0}"));
        assertEquals("grid: a Bayesian search needs its settings", bayes.getMessage());
    }

    @Test
    void valuesThatAreNotScalarsCannotBeSaved() {
        ParameterSet odd = ParameterSet.of().add("x", Domain.ValueSet.of(List.of(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> SpaceJson.toJson(odd));
    }
}
