// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ElasticsearchBufferingHints} shape. */
public record ElasticsearchBufferingHints(
        @JsonProperty("IntervalInSeconds") Integer intervalInSeconds,
        @JsonProperty("SizeInMBs") Integer sizeInMBs) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ElasticsearchBufferingHints value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "intervalInSeconds" : path + ".intervalInSeconds";
        v.range(p, value.intervalInSeconds(), 0L, 900L);
        p = path.isEmpty() ? "sizeInMBs" : path + ".sizeInMBs";
        v.range(p, value.sizeInMBs(), 1L, 100L);
    }
}
