package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One event of a subscription. ContinuationSequenceNumber is absent only at the end of a closed shard. */
public record SubscribeToShardEvent(
        @JsonProperty("Records") @JsonInclude(JsonInclude.Include.ALWAYS) List<? extends RecordView> records,
        @JsonProperty("ContinuationSequenceNumber") String continuationSequenceNumber,
        @JsonProperty("MillisBehindLatest") long millisBehindLatest,
        @JsonProperty("ChildShards") List<ChildShard> childShards) {
}
