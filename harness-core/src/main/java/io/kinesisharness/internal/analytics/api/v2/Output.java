// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code Output} shape. */
public record Output(
        @JsonProperty("Name") String name,
        @JsonProperty("KinesisStreamsOutput") KinesisStreamsOutput kinesisStreamsOutput,
        @JsonProperty("KinesisFirehoseOutput") KinesisFirehoseOutput kinesisFirehoseOutput,
        @JsonProperty("LambdaOutput") LambdaOutput lambdaOutput,
        @JsonProperty("DestinationSchema") DestinationSchema destinationSchema) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Output value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "name" : path + ".name";
        v.notNull(p, value.name());
        v.pattern(p, value.name(), KinesisAnalyticsV2Shapes.IN_APP_STREAM_NAME_PATTERN);
        v.length(p, value.name(), 1, 32);
        p = path.isEmpty() ? "kinesisStreamsOutput" : path + ".kinesisStreamsOutput";
        KinesisStreamsOutput.check(v, p, value.kinesisStreamsOutput());
        p = path.isEmpty() ? "kinesisFirehoseOutput" : path + ".kinesisFirehoseOutput";
        KinesisFirehoseOutput.check(v, p, value.kinesisFirehoseOutput());
        p = path.isEmpty() ? "lambdaOutput" : path + ".lambdaOutput";
        LambdaOutput.check(v, p, value.lambdaOutput());
        p = path.isEmpty() ? "destinationSchema" : path + ".destinationSchema";
        v.notNull(p, value.destinationSchema());
        DestinationSchema.check(v, p, value.destinationSchema());
    }
}
