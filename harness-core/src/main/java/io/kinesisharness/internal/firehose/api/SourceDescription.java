// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SourceDescription} shape. */
public record SourceDescription(
        @JsonProperty("DirectPutSourceDescription") DirectPutSourceDescription directPutSourceDescription,
        @JsonProperty("KinesisStreamSourceDescription") KinesisStreamSourceDescription kinesisStreamSourceDescription,
        @JsonProperty("MSKSourceDescription") MSKSourceDescription mSKSourceDescription,
        @JsonProperty("DatabaseSourceDescription") DatabaseSourceDescription databaseSourceDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SourceDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "directPutSourceDescription" : path + ".directPutSourceDescription";
        DirectPutSourceDescription.check(v, p, value.directPutSourceDescription());
        p = path.isEmpty() ? "kinesisStreamSourceDescription" : path + ".kinesisStreamSourceDescription";
        KinesisStreamSourceDescription.check(v, p, value.kinesisStreamSourceDescription());
        p = path.isEmpty() ? "mSKSourceDescription" : path + ".mSKSourceDescription";
        MSKSourceDescription.check(v, p, value.mSKSourceDescription());
        p = path.isEmpty() ? "databaseSourceDescription" : path + ".databaseSourceDescription";
        DatabaseSourceDescription.check(v, p, value.databaseSourceDescription());
    }
}
