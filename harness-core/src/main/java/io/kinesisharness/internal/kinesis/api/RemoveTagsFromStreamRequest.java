package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

public record RemoveTagsFromStreamRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("TagKeys") List<String> tagKeys,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("tagKeys", tagKeys).size("tagKeys", tagKeys, 1, 50).elementLengths("tagKeys", tagKeys, 1, 128);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
