package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;
import java.util.Map;

public record CreateChannelRequest(
        @JsonProperty("ChannelName") String channelName,
        @JsonProperty("ServiceExecutionRoleARN") String serviceExecutionRoleArn,
        @JsonProperty("StreamConfigurationList") List<ChannelStreamConfiguration> streamConfigurationList,
        @JsonProperty("S3DestinationConfiguration") S3DestinationConfiguration s3DestinationConfiguration,
        @JsonProperty("S3TablesDestinationConfiguration") S3TablesDestinationConfiguration s3TablesDestinationConfiguration,
        @JsonProperty("EncryptionConfiguration") ChannelEncryptionConfiguration encryptionConfiguration,
        @JsonProperty("Tags") Map<String, String> tags,
        @JsonProperty("LoggingConfiguration") ChannelLoggingConfiguration loggingConfiguration) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("channelName", channelName).pattern("channelName", channelName, Shapes.CHANNEL_NAME)
                .length("channelName", channelName, 1, 128);
        v.notNull("serviceExecutionRoleARN", serviceExecutionRoleArn)
                .length("serviceExecutionRoleARN", serviceExecutionRoleArn, 1, 2048);
        v.notNull("streamConfigurationList", streamConfigurationList)
                .size("streamConfigurationList", streamConfigurationList, 1, 1);
        if (streamConfigurationList != null) {
            for (int i = 0; i < streamConfigurationList.size(); i++) {
                String at = "streamConfigurationList." + (i + 1) + ".member.streamARN";
                ChannelStreamConfiguration c = streamConfigurationList.get(i);
                v.notNull(at, c == null ? null : c.streamArn());
                Shapes.streamArn(v, at, c == null ? null : c.streamArn());
            }
        }
        v.size("tags", tags, 1, 200).entryLengths("tags", tags, 1, 128, 0, 256);
    }
}
