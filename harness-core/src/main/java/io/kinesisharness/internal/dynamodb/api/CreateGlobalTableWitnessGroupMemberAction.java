// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CreateGlobalTableWitnessGroupMemberAction} shape. */
public record CreateGlobalTableWitnessGroupMemberAction(
        @JsonProperty("RegionName") String regionName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateGlobalTableWitnessGroupMemberAction value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "regionName" : path + ".regionName";
        v.notNull(p, value.regionName());
    }
}
