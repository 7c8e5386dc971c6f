package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateMaxRecordSizeRequest(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("MaxRecordSizeInKiB") Integer maxRecordSizeInKiB) implements Validated {

    @Override
    public void validate(Validator v) {
        Shapes.streamArn(v, "streamARN", streamArn);
        v.notNull("maxRecordSizeInKiB", maxRecordSizeInKiB).range("maxRecordSizeInKiB", maxRecordSizeInKiB, 1024, 10240);
    }
}
