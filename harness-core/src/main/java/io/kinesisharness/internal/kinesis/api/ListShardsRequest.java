package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

public record ListShardsRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("ExclusiveStartShardId") String exclusiveStartShardId,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("StreamCreationTimestamp") Instant streamCreationTimestamp,
        @JsonProperty("ShardFilter") ShardFilter shardFilter,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.range("maxResults", maxResults, 1, 10000);
        Shapes.shardId(v, "exclusiveStartShardId", exclusiveStartShardId);
        Shapes.streamName(v, "streamName", streamName);
        v.length("nextToken", nextToken, 1, 1048576);
        if (shardFilter != null) {
            v.notNull("shardFilter.type", shardFilter.type())
                    .oneOf("shardFilter.type", shardFilter.type(), Shapes.SHARD_FILTER_TYPES);
            Shapes.shardId(v, "shardFilter.shardId", shardFilter.shardId());
        }
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
