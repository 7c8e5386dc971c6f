// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code GlobalTableWitnessDescription} shape. */
public record GlobalTableWitnessDescription(
        @JsonProperty("RegionName") String regionName,
        @JsonProperty("WitnessStatus") String witnessStatus) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GlobalTableWitnessDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "witnessStatus" : path + ".witnessStatus";
        v.oneOf(p, value.witnessStatus(), DynamoDBShapes.WITNESS_STATUS);
    }
}
