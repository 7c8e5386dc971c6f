package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.time.Instant;

/** One destination's way of delivering a sealed batch, read from the stream's current configuration each time. */
interface Sink {

    /** The buffering hints in force: a buffer is sealed at this many bytes, or this long after its first record. */
    BufferLimits limits(DeliveryStream stream);

    /**
     * What a record weighs against {@link BufferLimits#maxWeight()} beyond its bytes (a Lambda invocation's payload
     * is base64 and per-record fields); 0 for destinations without such a limit.
     */
    default long weight(InputRecord record) {
        return 0;
    }

    /** One attempt; failures it will not retry are recorded and answered DONE. */
    Outcome attempt(DeliveryStream stream, Batch batch, Instant now);
}
