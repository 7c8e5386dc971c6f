// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code UpdateContinuousBackupsOutput} shape. */
public record UpdateContinuousBackupsOutput(
        @JsonProperty("ContinuousBackupsDescription") ContinuousBackupsDescription continuousBackupsDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateContinuousBackupsOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "continuousBackupsDescription" : path + ".continuousBackupsDescription";
        ContinuousBackupsDescription.check(v, p, value.continuousBackupsDescription());
    }
}
