// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputUpdate} shape. */
public record InputUpdate(
        @JsonProperty("InputId") String inputId,
        @JsonProperty("NamePrefixUpdate") String namePrefixUpdate,
        @JsonProperty("InputProcessingConfigurationUpdate") InputProcessingConfigurationUpdate inputProcessingConfigurationUpdate,
        @JsonProperty("KinesisStreamsInputUpdate") KinesisStreamsInputUpdate kinesisStreamsInputUpdate,
        @JsonProperty("KinesisFirehoseInputUpdate") KinesisFirehoseInputUpdate kinesisFirehoseInputUpdate,
        @JsonProperty("InputSchemaUpdate") InputSchemaUpdate inputSchemaUpdate,
        @JsonProperty("InputParallelismUpdate") InputParallelismUpdate inputParallelismUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "inputId" : path + ".inputId";
        v.notNull(p, value.inputId());
        v.pattern(p, value.inputId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.inputId(), 1, 50);
        p = path.isEmpty() ? "namePrefixUpdate" : path + ".namePrefixUpdate";
        v.pattern(p, value.namePrefixUpdate(), KinesisAnalyticsV2Shapes.IN_APP_STREAM_NAME_PATTERN);
        v.length(p, value.namePrefixUpdate(), 1, 32);
        p = path.isEmpty() ? "inputProcessingConfigurationUpdate" : path + ".inputProcessingConfigurationUpdate";
        InputProcessingConfigurationUpdate.check(v, p, value.inputProcessingConfigurationUpdate());
        p = path.isEmpty() ? "kinesisStreamsInputUpdate" : path + ".kinesisStreamsInputUpdate";
        KinesisStreamsInputUpdate.check(v, p, value.kinesisStreamsInputUpdate());
        p = path.isEmpty() ? "kinesisFirehoseInputUpdate" : path + ".kinesisFirehoseInputUpdate";
        KinesisFirehoseInputUpdate.check(v, p, value.kinesisFirehoseInputUpdate());
        p = path.isEmpty() ? "inputSchemaUpdate" : path + ".inputSchemaUpdate";
        InputSchemaUpdate.check(v, p, value.inputSchemaUpdate());
        p = path.isEmpty() ? "inputParallelismUpdate" : path + ".inputParallelismUpdate";
        InputParallelismUpdate.check(v, p, value.inputParallelismUpdate());
    }
}
