// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code OnDemandThroughputOverride} shape. */
public record OnDemandThroughputOverride(
        @JsonProperty("MaxReadRequestUnits") Long maxReadRequestUnits) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, OnDemandThroughputOverride value) {
    }
}
