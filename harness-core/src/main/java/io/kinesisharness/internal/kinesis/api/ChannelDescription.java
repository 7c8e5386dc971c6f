package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

public record ChannelDescription(
        @JsonProperty("ChannelName") String channelName,
        @JsonProperty("ChannelARN") String channelArn,
        @JsonProperty("ChannelId") String channelId,
        @JsonProperty("ChannelStatus") String channelStatus,
        @JsonProperty("ChannelStatusReason") String channelStatusReason,
        @JsonProperty("ChannelCreationTimestamp") Instant channelCreationTimestamp,
        @JsonProperty("ServiceExecutionRoleARN") String serviceExecutionRoleArn,
        @JsonProperty("StreamConfigurationList") List<ChannelStreamDescription> streamConfigurationList,
        @JsonProperty("S3DestinationConfiguration") S3DestinationConfiguration s3DestinationConfiguration,
        @JsonProperty("S3TablesDestinationConfiguration") S3TablesDestinationConfiguration s3TablesDestinationConfiguration,
        @JsonProperty("EncryptionConfiguration") ChannelEncryptionConfiguration encryptionConfiguration,
        @JsonProperty("LoggingConfiguration") ChannelLoggingConfiguration loggingConfiguration) {}
