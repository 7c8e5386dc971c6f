// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ProvisionedThroughput} shape. */
public record ProvisionedThroughput(
        @JsonProperty("ReadCapacityUnits") Long readCapacityUnits,
        @JsonProperty("WriteCapacityUnits") Long writeCapacityUnits) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ProvisionedThroughput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "readCapacityUnits" : path + ".readCapacityUnits";
        v.notNull(p, value.readCapacityUnits());
        v.range(p, value.readCapacityUnits(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "writeCapacityUnits" : path + ".writeCapacityUnits";
        v.notNull(p, value.writeCapacityUnits());
        v.range(p, value.writeCapacityUnits(), 1L, 9223372036854775807L);
    }
}
