// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code PutRecordBatchResponseEntry} shape. */
public record PutRecordBatchResponseEntry(
        @JsonProperty("RecordId") String recordId,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("ErrorMessage") String errorMessage) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PutRecordBatchResponseEntry value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordId" : path + ".recordId";
        v.length(p, value.recordId(), 1, 2147483647);
    }
}
