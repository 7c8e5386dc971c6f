package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record GetRecordsRequest(
        @JsonProperty("ShardIterator") String shardIterator,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("DryRun") Boolean dryRun) implements Validated {

    @Override
    public void validate(Validator v) {
        v.range("limit", limit, 1, 10000);
        v.notNull("shardIterator", shardIterator).length("shardIterator", shardIterator, 1, 512);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
