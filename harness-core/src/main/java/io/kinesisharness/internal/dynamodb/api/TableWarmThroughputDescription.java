// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code TableWarmThroughputDescription} shape. */
public record TableWarmThroughputDescription(
        @JsonProperty("ReadUnitsPerSecond") Long readUnitsPerSecond,
        @JsonProperty("WriteUnitsPerSecond") Long writeUnitsPerSecond,
        @JsonProperty("Status") String status) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TableWarmThroughputDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "readUnitsPerSecond" : path + ".readUnitsPerSecond";
        v.range(p, value.readUnitsPerSecond(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "writeUnitsPerSecond" : path + ".writeUnitsPerSecond";
        v.range(p, value.writeUnitsPerSecond(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "status" : path + ".status";
        v.oneOf(p, value.status(), DynamoDBShapes.TABLE_STATUS);
    }
}
