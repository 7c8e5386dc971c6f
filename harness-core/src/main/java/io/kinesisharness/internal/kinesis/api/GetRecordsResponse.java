package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Releasable;
import io.kinesisharness.internal.dispatch.SizeHint;
import java.util.List;

public record GetRecordsResponse(
        @JsonProperty("Records") List<? extends RecordView> records,
        @JsonProperty("NextShardIterator") String nextShardIterator,
        @JsonProperty("MillisBehindLatest") long millisBehindLatest,
        @JsonProperty("ChildShards") List<ChildShard> childShards) implements Releasable, SizeHint {

    @Override
    public int encodedSizeHint() {
        return records instanceof SizeHint h ? h.encodedSizeHint() + 1024 : 0;
    }

    /** The records hold the shard memory they are read from until the answer has been written. */
    @Override
    public void release() {
        if (records instanceof Releasable r) {
            r.release();
        }
    }
}
