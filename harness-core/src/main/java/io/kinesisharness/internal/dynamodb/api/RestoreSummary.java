// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code RestoreSummary} shape. */
public record RestoreSummary(
        @JsonProperty("SourceBackupArn") String sourceBackupArn,
        @JsonProperty("SourceTableArn") String sourceTableArn,
        @JsonProperty("RestoreDateTime") Instant restoreDateTime,
        @JsonProperty("RestoreInProgress") Boolean restoreInProgress) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RestoreSummary value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "sourceBackupArn" : path + ".sourceBackupArn";
        v.length(p, value.sourceBackupArn(), 37, 1024);
        p = path.isEmpty() ? "sourceTableArn" : path + ".sourceTableArn";
        v.length(p, value.sourceTableArn(), 1, 1024);
        p = path.isEmpty() ? "restoreDateTime" : path + ".restoreDateTime";
        v.notNull(p, value.restoreDateTime());
        p = path.isEmpty() ? "restoreInProgress" : path + ".restoreInProgress";
        v.notNull(p, value.restoreInProgress());
    }
}
