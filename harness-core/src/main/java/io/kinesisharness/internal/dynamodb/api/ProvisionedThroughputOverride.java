// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ProvisionedThroughputOverride} shape. */
public record ProvisionedThroughputOverride(
        @JsonProperty("ReadCapacityUnits") Long readCapacityUnits) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ProvisionedThroughputOverride value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "readCapacityUnits" : path + ".readCapacityUnits";
        v.range(p, value.readCapacityUnits(), 1L, 9223372036854775807L);
    }
}
