// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code SqlApplicationConfigurationUpdate} shape. */
public record SqlApplicationConfigurationUpdate(
        @JsonProperty("InputUpdates") List<InputUpdate> inputUpdates,
        @JsonProperty("OutputUpdates") List<OutputUpdate> outputUpdates,
        @JsonProperty("ReferenceDataSourceUpdates") List<ReferenceDataSourceUpdate> referenceDataSourceUpdates) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SqlApplicationConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "inputUpdates" : path + ".inputUpdates";
        if (value.inputUpdates() != null) {
            for (int i = 0; i < value.inputUpdates().size(); i++) {
                InputUpdate.check(v, p + "." + (i + 1) + ".member", value.inputUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "outputUpdates" : path + ".outputUpdates";
        if (value.outputUpdates() != null) {
            for (int i = 0; i < value.outputUpdates().size(); i++) {
                OutputUpdate.check(v, p + "." + (i + 1) + ".member", value.outputUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "referenceDataSourceUpdates" : path + ".referenceDataSourceUpdates";
        if (value.referenceDataSourceUpdates() != null) {
            for (int i = 0; i < value.referenceDataSourceUpdates().size(); i++) {
                ReferenceDataSourceUpdate.check(v, p + "." + (i + 1) + ".member", value.referenceDataSourceUpdates().get(i));
            }
        }
    }
}
