// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DescribeLimitsOutput} shape. */
public record DescribeLimitsOutput(
        @JsonProperty("AccountMaxReadCapacityUnits") Long accountMaxReadCapacityUnits,
        @JsonProperty("AccountMaxWriteCapacityUnits") Long accountMaxWriteCapacityUnits,
        @JsonProperty("TableMaxReadCapacityUnits") Long tableMaxReadCapacityUnits,
        @JsonProperty("TableMaxWriteCapacityUnits") Long tableMaxWriteCapacityUnits) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DescribeLimitsOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "accountMaxReadCapacityUnits" : path + ".accountMaxReadCapacityUnits";
        v.range(p, value.accountMaxReadCapacityUnits(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "accountMaxWriteCapacityUnits" : path + ".accountMaxWriteCapacityUnits";
        v.range(p, value.accountMaxWriteCapacityUnits(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "tableMaxReadCapacityUnits" : path + ".tableMaxReadCapacityUnits";
        v.range(p, value.tableMaxReadCapacityUnits(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "tableMaxWriteCapacityUnits" : path + ".tableMaxWriteCapacityUnits";
        v.range(p, value.tableMaxWriteCapacityUnits(), 1L, 9223372036854775807L);
    }
}
