package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

public record StreamDescriptionSummary(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamStatus") String streamStatus,
        @JsonProperty("StreamModeDetails") StreamModeDetails streamModeDetails,
        @JsonProperty("RetentionPeriodHours") int retentionPeriodHours,
        @JsonProperty("StreamCreationTimestamp") Instant streamCreationTimestamp,
        @JsonProperty("EnhancedMonitoring") List<EnhancedMetrics> enhancedMonitoring,
        @JsonProperty("EncryptionType") String encryptionType,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("OpenShardCount") int openShardCount,
        @JsonProperty("ConsumerCount") int consumerCount,
        @JsonProperty("MaxRecordSizeInKiB") Integer maxRecordSizeInKiB,
        @JsonProperty("RecordDistributionStrategy") String recordDistributionStrategy) {
}
