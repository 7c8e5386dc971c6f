package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record ChannelStreamDescription(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamCreationTimestamp") Instant streamCreationTimestamp,
        @JsonProperty("RecordConfiguration") RecordConfiguration recordConfiguration) {}
