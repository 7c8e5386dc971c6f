package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateChannelRequest(
        @JsonProperty("ChannelARN") String channelArn,
        @JsonProperty("S3DestinationConfiguration") DestinationUpdateInput s3DestinationConfiguration,
        @JsonProperty("S3TablesDestinationConfiguration") DestinationUpdateInput s3TablesDestinationConfiguration,
        @JsonProperty("LoggingConfiguration") ChannelLoggingConfiguration loggingConfiguration) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("channelARN", channelArn);
        Shapes.channelArn(v, "channelARN", channelArn);
    }
}
