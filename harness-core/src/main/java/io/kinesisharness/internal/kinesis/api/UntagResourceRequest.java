package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

public record UntagResourceRequest(
        @JsonProperty("TagKeys") List<String> tagKeys,
        @JsonProperty("ResourceARN") String resourceArn,
        @JsonProperty("StreamId") String streamId) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("tagKeys", tagKeys).size("tagKeys", tagKeys, 1, 50).elementLengths("tagKeys", tagKeys, 1, 128);
        v.notNull("resourceARN", resourceArn);
        Shapes.resourceArn(v, "resourceARN", resourceArn);
    }
}
