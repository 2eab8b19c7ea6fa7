package org.blocktune.core.data.recipe;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Table;

/** A {@link Step} with its statistics estimated, ready to apply to any data with the same columns. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Impute.Fitted.class, name = "impute"),
    @JsonSubTypes.Type(value = Normalize.Fitted.class, name = "normalize"),
    @JsonSubTypes.Type(value = Dummy.Fitted.class, name = "dummy"),
    @JsonSubTypes.Type(value = ZeroVariance.Fitted.class, name = "zero_variance"),
    @JsonSubTypes.Type(value = ScaleImages.Fitted.class, name = "scale_images")
})
public sealed interface FittedStep permits Impute.Fitted, Normalize.Fitted, Dummy.Fitted, ZeroVariance.Fitted, ScaleImages.Fitted {

    /** Applies the step with the fitted statistics. */
    Table apply(Table data);

    /** How predictor columns change: old name → new names (absent = unchanged, empty = removed). */
    Map<String, List<String>> columnMapping();
}
