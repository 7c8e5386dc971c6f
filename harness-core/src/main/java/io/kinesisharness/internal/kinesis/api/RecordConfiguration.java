package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record RecordConfiguration(
        @JsonProperty("RecordFormatType") String recordFormatType,
        @JsonProperty("GSRSchemaARN") String gsrSchemaArn) {}
