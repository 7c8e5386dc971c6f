// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code Input} shape. */
public record Input(
        @JsonProperty("NamePrefix") String namePrefix,
        @JsonProperty("InputProcessingConfiguration") InputProcessingConfiguration inputProcessingConfiguration,
        @JsonProperty("KinesisStreamsInput") KinesisStreamsInput kinesisStreamsInput,
        @JsonProperty("KinesisFirehoseInput") KinesisFirehoseInput kinesisFirehoseInput,
        @JsonProperty("InputParallelism") InputParallelism inputParallelism,
        @JsonProperty("InputSchema") SourceSchema inputSchema) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Input value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "namePrefix" : path + ".namePrefix";
        v.notNull(p, value.namePrefix());
        v.length(p, value.namePrefix(), 1, 32);
        p = path.isEmpty() ? "inputProcessingConfiguration" : path + ".inputProcessingConfiguration";
        InputProcessingConfiguration.check(v, p, value.inputProcessingConfiguration());
        p = path.isEmpty() ? "kinesisStreamsInput" : path + ".kinesisStreamsInput";
        KinesisStreamsInput.check(v, p, value.kinesisStreamsInput());
        p = path.isEmpty() ? "kinesisFirehoseInput" : path + ".kinesisFirehoseInput";
        KinesisFirehoseInput.check(v, p, value.kinesisFirehoseInput());
        p = path.isEmpty() ? "inputParallelism" : path + ".inputParallelism";
        InputParallelism.check(v, p, value.inputParallelism());
        p = path.isEmpty() ? "inputSchema" : path + ".inputSchema";
        v.notNull(p, value.inputSchema());
        SourceSchema.check(v, p, value.inputSchema());
    }
}
