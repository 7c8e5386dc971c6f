// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code DatabaseSnapshotInfo} shape. */
public record DatabaseSnapshotInfo(
        @JsonProperty("Id") String id,
        @JsonProperty("Table") String table,
        @JsonProperty("RequestTimestamp") Instant requestTimestamp,
        @JsonProperty("RequestedBy") String requestedBy,
        @JsonProperty("Status") String status,
        @JsonProperty("FailureDescription") FailureDescription failureDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DatabaseSnapshotInfo value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "id" : path + ".id";
        v.notNull(p, value.id());
        v.pattern(p, value.id(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.id(), 1, 1024);
        p = path.isEmpty() ? "table" : path + ".table";
        v.notNull(p, value.table());
        v.pattern(p, value.table(), FirehoseShapes.DATABASE_TABLE_NAME_PATTERN);
        v.length(p, value.table(), 1, 129);
        p = path.isEmpty() ? "requestTimestamp" : path + ".requestTimestamp";
        v.notNull(p, value.requestTimestamp());
        p = path.isEmpty() ? "requestedBy" : path + ".requestedBy";
        v.notNull(p, value.requestedBy());
        v.oneOf(p, value.requestedBy(), FirehoseShapes.SNAPSHOT_REQUESTED_BY);
        p = path.isEmpty() ? "status" : path + ".status";
        v.notNull(p, value.status());
        v.oneOf(p, value.status(), FirehoseShapes.SNAPSHOT_STATUS);
        p = path.isEmpty() ? "failureDescription" : path + ".failureDescription";
        FailureDescription.check(v, p, value.failureDescription());
    }
}
