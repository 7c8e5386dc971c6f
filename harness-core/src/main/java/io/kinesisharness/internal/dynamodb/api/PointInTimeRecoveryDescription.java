// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code PointInTimeRecoveryDescription} shape. */
public record PointInTimeRecoveryDescription(
        @JsonProperty("PointInTimeRecoveryStatus") String pointInTimeRecoveryStatus,
        @JsonProperty("RecoveryPeriodInDays") Integer recoveryPeriodInDays,
        @JsonProperty("EarliestRestorableDateTime") Instant earliestRestorableDateTime,
        @JsonProperty("LatestRestorableDateTime") Instant latestRestorableDateTime) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PointInTimeRecoveryDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "pointInTimeRecoveryStatus" : path + ".pointInTimeRecoveryStatus";
        v.oneOf(p, value.pointInTimeRecoveryStatus(), DynamoDBShapes.POINT_IN_TIME_RECOVERY_STATUS);
        p = path.isEmpty() ? "recoveryPeriodInDays" : path + ".recoveryPeriodInDays";
        v.range(p, value.recoveryPeriodInDays(), 1L, 35L);
    }
}
