package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

public record TagResourceRequest(
        @JsonProperty("Tags") Map<String, String> tags,
        @JsonProperty("ResourceARN") String resourceArn,
        @JsonProperty("StreamId") String streamId) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("tags", tags).size("tags", tags, 1, 200).entryLengths("tags", tags, 1, 128, 0, 256);
        v.notNull("resourceARN", resourceArn);
        Shapes.resourceArn(v, "resourceARN", resourceArn);
    }
}
