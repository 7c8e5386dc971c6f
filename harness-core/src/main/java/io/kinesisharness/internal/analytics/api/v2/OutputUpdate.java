// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code OutputUpdate} shape. */
public record OutputUpdate(
        @JsonProperty("OutputId") String outputId,
        @JsonProperty("NameUpdate") String nameUpdate,
        @JsonProperty("KinesisStreamsOutputUpdate") KinesisStreamsOutputUpdate kinesisStreamsOutputUpdate,
        @JsonProperty("KinesisFirehoseOutputUpdate") KinesisFirehoseOutputUpdate kinesisFirehoseOutputUpdate,
        @JsonProperty("LambdaOutputUpdate") LambdaOutputUpdate lambdaOutputUpdate,
        @JsonProperty("DestinationSchemaUpdate") DestinationSchema destinationSchemaUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, OutputUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "outputId" : path + ".outputId";
        v.notNull(p, value.outputId());
        v.pattern(p, value.outputId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.outputId(), 1, 50);
        p = path.isEmpty() ? "nameUpdate" : path + ".nameUpdate";
        v.pattern(p, value.nameUpdate(), KinesisAnalyticsV2Shapes.IN_APP_STREAM_NAME_PATTERN);
        v.length(p, value.nameUpdate(), 1, 32);
        p = path.isEmpty() ? "kinesisStreamsOutputUpdate" : path + ".kinesisStreamsOutputUpdate";
        KinesisStreamsOutputUpdate.check(v, p, value.kinesisStreamsOutputUpdate());
        p = path.isEmpty() ? "kinesisFirehoseOutputUpdate" : path + ".kinesisFirehoseOutputUpdate";
        KinesisFirehoseOutputUpdate.check(v, p, value.kinesisFirehoseOutputUpdate());
        p = path.isEmpty() ? "lambdaOutputUpdate" : path + ".lambdaOutputUpdate";
        LambdaOutputUpdate.check(v, p, value.lambdaOutputUpdate());
        p = path.isEmpty() ? "destinationSchemaUpdate" : path + ".destinationSchemaUpdate";
        DestinationSchema.check(v, p, value.destinationSchemaUpdate());
    }
}
