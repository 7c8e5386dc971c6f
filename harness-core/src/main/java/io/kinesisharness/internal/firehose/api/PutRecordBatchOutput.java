// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code PutRecordBatchOutput} shape. */
public record PutRecordBatchOutput(
        @JsonProperty("FailedPutCount") Integer failedPutCount,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("RequestResponses") List<PutRecordBatchResponseEntry> requestResponses) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PutRecordBatchOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "failedPutCount" : path + ".failedPutCount";
        v.notNull(p, value.failedPutCount());
        v.range(p, value.failedPutCount(), 0L, 9223372036854775807L);
        p = path.isEmpty() ? "requestResponses" : path + ".requestResponses";
        v.notNull(p, value.requestResponses());
        v.size(p, value.requestResponses(), 1, 500);
        if (value.requestResponses() != null) {
            for (int i = 0; i < value.requestResponses().size(); i++) {
                PutRecordBatchResponseEntry.check(v, p + "." + (i + 1) + ".member", value.requestResponses().get(i));
            }
        }
    }
}
