package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record GetRecordsResponse(
        @JsonProperty("Records") List<? extends RecordView> records,
        @JsonProperty("NextShardIterator") String nextShardIterator,
        @JsonProperty("MillisBehindLatest") long millisBehindLatest,
        @JsonProperty("ChildShards") List<ChildShard> childShards) {
}
