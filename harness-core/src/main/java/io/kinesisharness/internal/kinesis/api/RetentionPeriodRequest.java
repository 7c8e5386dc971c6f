package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** Input of both IncreaseStreamRetentionPeriod and DecreaseStreamRetentionPeriod (one shape in the model). */
public record RetentionPeriodRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("RetentionPeriodHours") Integer retentionPeriodHours,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        // The current model puts no range on the hours; the 24..8760 bounds are semantic errors.
        v.notNull("retentionPeriodHours", retentionPeriodHours);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
