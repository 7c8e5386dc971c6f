package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

public record StreamDescription(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamStatus") String streamStatus,
        @JsonProperty("StreamModeDetails") StreamModeDetails streamModeDetails,
        @JsonProperty("Shards") List<Shard> shards,
        @JsonProperty("HasMoreShards") boolean hasMoreShards,
        @JsonProperty("RetentionPeriodHours") int retentionPeriodHours,
        @JsonProperty("StreamCreationTimestamp") Instant streamCreationTimestamp,
        @JsonProperty("EnhancedMonitoring") List<EnhancedMetrics> enhancedMonitoring,
        @JsonProperty("EncryptionType") String encryptionType,
        @JsonProperty("KeyId") String keyId) {
}
