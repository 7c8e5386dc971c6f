// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code ProvisionedThroughputDescription} shape. */
public record ProvisionedThroughputDescription(
        @JsonProperty("LastIncreaseDateTime") Instant lastIncreaseDateTime,
        @JsonProperty("LastDecreaseDateTime") Instant lastDecreaseDateTime,
        @JsonProperty("NumberOfDecreasesToday") Long numberOfDecreasesToday,
        @JsonProperty("ReadCapacityUnits") Long readCapacityUnits,
        @JsonProperty("WriteCapacityUnits") Long writeCapacityUnits) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ProvisionedThroughputDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "numberOfDecreasesToday" : path + ".numberOfDecreasesToday";
        v.range(p, value.numberOfDecreasesToday(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "readCapacityUnits" : path + ".readCapacityUnits";
        v.range(p, value.readCapacityUnits(), 0L, 9223372036854775807L);
        p = path.isEmpty() ? "writeCapacityUnits" : path + ".writeCapacityUnits";
        v.range(p, value.writeCapacityUnits(), 0L, 9223372036854775807L);
    }
}
