package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ChannelStreamConfiguration(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("RecordConfiguration") RecordConfiguration recordConfiguration) {}
