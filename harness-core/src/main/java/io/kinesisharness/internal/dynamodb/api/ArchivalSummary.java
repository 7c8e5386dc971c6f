// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code ArchivalSummary} shape. */
public record ArchivalSummary(
        @JsonProperty("ArchivalDateTime") Instant archivalDateTime,
        @JsonProperty("ArchivalReason") String archivalReason,
        @JsonProperty("ArchivalBackupArn") String archivalBackupArn) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ArchivalSummary value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "archivalBackupArn" : path + ".archivalBackupArn";
        v.length(p, value.archivalBackupArn(), 37, 1024);
    }
}
