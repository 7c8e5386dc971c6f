// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ContinuousBackupsDescription} shape. */
public record ContinuousBackupsDescription(
        @JsonProperty("ContinuousBackupsStatus") String continuousBackupsStatus,
        @JsonProperty("PointInTimeRecoveryDescription") PointInTimeRecoveryDescription pointInTimeRecoveryDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ContinuousBackupsDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "continuousBackupsStatus" : path + ".continuousBackupsStatus";
        v.notNull(p, value.continuousBackupsStatus());
        v.oneOf(p, value.continuousBackupsStatus(), DynamoDBShapes.CONTINUOUS_BACKUPS_STATUS);
        p = path.isEmpty() ? "pointInTimeRecoveryDescription" : path + ".pointInTimeRecoveryDescription";
        PointInTimeRecoveryDescription.check(v, p, value.pointInTimeRecoveryDescription());
    }
}
