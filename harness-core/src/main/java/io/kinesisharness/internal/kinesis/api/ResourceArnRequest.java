package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** The input of ListTagsForResource, GetResourcePolicy and DeleteResourcePolicy: a resource ARN alone. */
public record ResourceArnRequest(
        @JsonProperty("ResourceARN") String resourceArn,
        @JsonProperty("StreamId") String streamId) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("resourceARN", resourceArn);
        Shapes.resourceArn(v, "resourceARN", resourceArn);
    }
}
