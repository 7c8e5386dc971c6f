package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record PutResourcePolicyRequest(
        @JsonProperty("ResourceARN") String resourceArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("Policy") String policy) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("resourceARN", resourceArn);
        Shapes.resourceArn(v, "resourceARN", resourceArn);
        v.notNull("policy", policy);
    }
}
