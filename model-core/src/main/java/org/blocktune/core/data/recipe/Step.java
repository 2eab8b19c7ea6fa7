package org.blocktune.core.data.recipe;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * One preprocessing step of a {@link Recipe}, as plain data. {@code columns} chooses the
 * predictors it applies to; empty means every predictor of the kind the step handles.
 * Outcome columns are never touched.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Impute.class, name = "impute"),
    @JsonSubTypes.Type(value = Normalize.class, name = "normalize"),
    @JsonSubTypes.Type(value = Dummy.class, name = "dummy"),
    @JsonSubTypes.Type(value = ZeroVariance.class, name = "zero_variance"),
    @JsonSubTypes.Type(value = ScaleImages.class, name = "scale_images")
})
public sealed interface Step permits Impute, Normalize, Dummy, ZeroVariance, ScaleImages {

    /** The chosen columns (empty = all applicable predictors). */
    List<String> columns();

    /** Estimates the step's statistics from {@code analysis} (the analysis part of a resample only). */
    FittedStep fit(Table analysis, Roles roles);
}
