// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ElasticsearchRetryOptions} shape. */
public record ElasticsearchRetryOptions(
        @JsonProperty("DurationInSeconds") Integer durationInSeconds) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ElasticsearchRetryOptions value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "durationInSeconds" : path + ".durationInSeconds";
        v.range(p, value.durationInSeconds(), 0L, 7200L);
    }
}
