package org.blocktune.core.data.recipe;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * One preprocessing step of a {@link Recipe}, as plain data. {@code columns} chooses the
 * predictors it applies to; empty means every predictor of the kind the step handles.
 * Outcome columns are never changed; the row steps {@link DropMissing} and {@link FilterRows} may
 * test them to drop whole rows.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Impute.class, name = "impute"),
    @JsonSubTypes.Type(value = Normalize.class, name = "normalize"),
    @JsonSubTypes.Type(value = Dummy.class, name = "dummy"),
    @JsonSubTypes.Type(value = ZeroVariance.class, name = "zero_variance"),
    @JsonSubTypes.Type(value = ScaleImages.class, name = "scale_images"),
    @JsonSubTypes.Type(value = DropMissing.class, name = "drop_missing"),
    @JsonSubTypes.Type(value = FilterRows.class, name = "filter_rows"),
    @JsonSubTypes.Type(value = PoolRare.class, name = "pool_rare"),
    @JsonSubTypes.Type(value = LogTransform.class, name = "log"),
    @JsonSubTypes.Type(value = YeoJohnson.class, name = "yeo_johnson"),
    @JsonSubTypes.Type(value = RemoveColumns.class, name = "remove_columns")
})
public sealed interface Step permits Impute, Normalize, Dummy, ZeroVariance, ScaleImages, DropMissing, FilterRows, PoolRare,
        LogTransform, YeoJohnson, RemoveColumns {

    /** The chosen columns (empty = all applicable predictors). */
    List<String> columns();

    /** Estimates the step's statistics from {@code analysis} (the analysis part of a resample only). */
    FittedStep fit(Table analysis, Roles roles);
}
