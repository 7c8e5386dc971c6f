package io.kinesisharness.junit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/** One record as read back from a stream by {@link KinesisStreamReader}. */
public record StreamRecord(String shardId, String sequenceNumber, String partitionKey, byte[] data,
        Instant approximateArrivalTimestamp) {

    /** The data as UTF-8 text. */
    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamRecord r && shardId.equals(r.shardId) && sequenceNumber.equals(r.sequenceNumber)
                && partitionKey.equals(r.partitionKey) && Arrays.equals(data, r.data)
                && approximateArrivalTimestamp.equals(r.approximateArrivalTimestamp);
    }

    @Override
    public int hashCode() {
        return sequenceNumber.hashCode();
    }

    @Override
    public String toString() {
        return "StreamRecord[" + shardId + " #" + sequenceNumber + " key=" + partitionKey + " data="
                + (data.length <= 64 ? "'" + dataAsString() + "'" : data.length + " bytes") + "]";
    }
}
