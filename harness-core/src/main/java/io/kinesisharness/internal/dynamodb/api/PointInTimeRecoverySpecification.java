// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code PointInTimeRecoverySpecification} shape. */
public record PointInTimeRecoverySpecification(
        @JsonProperty("PointInTimeRecoveryEnabled") Boolean pointInTimeRecoveryEnabled,
        @JsonProperty("RecoveryPeriodInDays") Integer recoveryPeriodInDays) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PointInTimeRecoverySpecification value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "pointInTimeRecoveryEnabled" : path + ".pointInTimeRecoveryEnabled";
        v.notNull(p, value.pointInTimeRecoveryEnabled());
        p = path.isEmpty() ? "recoveryPeriodInDays" : path + ".recoveryPeriodInDays";
        v.range(p, value.recoveryPeriodInDays(), 1L, 35L);
    }
}
