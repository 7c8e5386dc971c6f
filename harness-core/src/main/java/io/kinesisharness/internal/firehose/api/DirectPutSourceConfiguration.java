// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DirectPutSourceConfiguration} shape. */
public record DirectPutSourceConfiguration(
        @JsonProperty("ThroughputHintInMBs") Integer throughputHintInMBs) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DirectPutSourceConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "throughputHintInMBs" : path + ".throughputHintInMBs";
        v.notNull(p, value.throughputHintInMBs());
        v.range(p, value.throughputHintInMBs(), 1L, 100L);
    }
}
