package org.blocktune.core.fit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.spec.Spec;

/**
 * Everything needed to fit one candidate, except the data.
 *
 * @param spec   the spec
 * @param values argument values (fixed and tuned together); missing ones take the spec's defaults
 * @param recipe preprocessing, prepared on the training data of each fit
 * @param roles  outcome and predictor columns of the raw data
 * @param seed   seed for weights, shuffling, dropout and the validation split
 */
public record FitRequest(Spec spec, Map<String, Object> values, Recipe recipe, Roles roles, long seed) {
    public FitRequest {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
