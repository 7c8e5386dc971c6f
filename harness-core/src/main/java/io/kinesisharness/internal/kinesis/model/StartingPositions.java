package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.time.Instant;

/**
 * Where in a shard a reader starts: an iterator (GetShardIterator) or a subscription (SubscribeToShard), both
 * from the same position types. Their own checks of the request (which fields a type needs) stay with them, as
 * AWS words them differently; from here on they agree.
 */
public final class StartingPositions {

    private StartingPositions() {
    }

    /**
     * The ordinal of the first record to read.
     *
     * @param operation the operation asking, which AWS names in a foreign sequence number's message
     */
    public static long ordinal(KinesisStream stream, StreamShard shard, String type, String sequenceNumber,
            Instant timestamp, long nowMillis, String operation) {
        long cutoff = stream.retentionCutoffMillis(nowMillis);
        return switch (type) {
            case "TRIM_HORIZON" -> shard.log().trimHorizonOrdinal(cutoff);
            case "LATEST" -> shard.log().nextOrdinal();
            case "AT_SEQUENCE_NUMBER" -> SequenceNumbers.ordinalIn(sequenceNumber, stream, shard, operation);
            case "AFTER_SEQUENCE_NUMBER" -> SequenceNumbers.ordinalIn(sequenceNumber, stream, shard, operation) + 1;
            case "AT_TIMESTAMP" -> {
                long ts = timestamp.toEpochMilli();
                if (ts > nowMillis) {
                    throw KinesisErrors.INVALID_ARGUMENT.exception("The timestampInMillis parameter cannot be greater "
                            + "than the currentTimestampInMillis. timestampInMillis: " + ts
                            + ", currentTimestampInMillis: " + nowMillis);
                }
                yield shard.log().ordinalAtTimestamp(ts, cutoff);
            }
            default -> throw new IllegalStateException(type);
        };
    }
}
