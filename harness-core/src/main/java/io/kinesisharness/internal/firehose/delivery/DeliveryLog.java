package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import java.util.ArrayList;
import java.util.List;

/** What one delivery stream delivered or attempted, in order: the test API's record of it. */
public final class DeliveryLog {

    private final List<FirehoseDelivery> entries = new ArrayList<>();

    synchronized void add(FirehoseDelivery d) {
        entries.add(d);
    }

    public synchronized List<FirehoseDelivery> entries() {
        return List.copyOf(entries);
    }
}
