// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code KinesisStreamSourceConfiguration} shape. */
public record KinesisStreamSourceConfiguration(
        @JsonProperty("KinesisStreamARN") String kinesisStreamARN,
        @JsonProperty("RoleARN") String roleARN) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KinesisStreamSourceConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "kinesisStreamARN" : path + ".kinesisStreamARN";
        v.notNull(p, value.kinesisStreamARN());
        v.pattern(p, value.kinesisStreamARN(), FirehoseShapes.KINESIS_STREAM_ARN_PATTERN);
        v.length(p, value.kinesisStreamARN(), 1, 512);
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.notNull(p, value.roleARN());
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
    }
}
