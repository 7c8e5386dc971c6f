package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateStreamRecordDistributionStrategyRequest(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("RecordDistributionStrategy") String recordDistributionStrategy) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("streamARN", streamArn);
        Shapes.streamArn(v, "streamARN", streamArn);
        v.notNull("recordDistributionStrategy", recordDistributionStrategy)
                .oneOf("recordDistributionStrategy", recordDistributionStrategy, Shapes.RECORD_DISTRIBUTION_STRATEGIES);
    }
}
