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
    @JsonSubTypes.Type(value = ScaleImages.Fitted.class, name = "scale_images"),
    @JsonSubTypes.Type(value = DropMissing.Fitted.class, name = "drop_missing"),
    @JsonSubTypes.Type(value = FilterRows.Fitted.class, name = "filter_rows"),
    @JsonSubTypes.Type(value = PoolRare.Fitted.class, name = "pool_rare"),
    @JsonSubTypes.Type(value = LogTransform.Fitted.class, name = "log"),
    @JsonSubTypes.Type(value = YeoJohnson.Fitted.class, name = "yeo_johnson")
})
public sealed interface FittedStep permits Impute.Fitted, Normalize.Fitted, Dummy.Fitted, ZeroVariance.Fitted, ScaleImages.Fitted,
        DropMissing.Fitted, FilterRows.Fitted, PoolRare.Fitted, LogTransform.Fitted, YeoJohnson.Fitted {

    /** Applies the step with the fitted statistics (a row step returns fewer rows). */
    Table apply(Table data);

    /** How predictor columns change: old name → new names (absent = unchanged, empty = removed). */
    Map<String, List<String>> columnMapping();
}
