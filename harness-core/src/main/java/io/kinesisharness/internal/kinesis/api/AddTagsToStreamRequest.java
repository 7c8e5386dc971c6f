package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

public record AddTagsToStreamRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("Tags") Map<String, String> tags,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("tags", tags).size("tags", tags, 1, 200).entryLengths("tags", tags, 1, 128, 0, 256);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
