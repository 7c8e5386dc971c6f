package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record PartitionField(
        @JsonProperty("Transform") String transform,
        @JsonProperty("SourceName") String sourceName) {}
