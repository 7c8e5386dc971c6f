package io.kinesisharness.internal.firehose.model;

import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.settings.FirehoseSettings;
import io.kinesisharness.settings.KinesisSettings;
import java.time.Duration;
import java.time.Instant;

/** Firehose's state for one harness: its delivery streams, its clock and settings, shared by the handlers. */
public final class FirehoseEngine {

    private final HarnessConfig config;
    private final HarnessScheduler scheduler;
    private final ControlledClock clock;
    private final DeliveryStreams streams;

    public FirehoseEngine(HarnessConfig config, HarnessScheduler scheduler, DeliveryStreams streams) {
        this.config = config;
        this.scheduler = scheduler;
        this.clock = scheduler.clock();
        this.streams = streams;
    }

    public DeliveryStreams streams() {
        return streams;
    }

    public HarnessScheduler scheduler() {
        return scheduler;
    }

    public Instant now() {
        return clock.now();
    }

    public Duration createDelay() {
        return config.get(FirehoseSettings.CREATE_DELIVERY_STREAM_DELAY);
    }

    public Duration deleteDelay() {
        return config.get(FirehoseSettings.DELETE_DELIVERY_STREAM_DELAY);
    }

    public Duration encryptionDelay() {
        return config.get(FirehoseSettings.DELIVERY_STREAM_ENCRYPTION_DELAY);
    }

    /** Whether AWS's throughput quotas are enforced (the harness's {@code --throttling}, shared with Kinesis). */
    public boolean throttling() {
        return config.get(KinesisSettings.THROTTLING);
    }

    public boolean httpsOnly() {
        return config.get(FirehoseSettings.FIREHOSE_HTTPS_ONLY);
    }
}
