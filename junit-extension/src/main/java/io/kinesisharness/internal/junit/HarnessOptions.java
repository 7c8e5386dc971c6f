package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.FirehoseDeliveryStream;
import io.kinesisharness.junit.S3Bucket;
import io.kinesisharness.settings.DeliveryStreamSpec;
import io.kinesisharness.junit.WireProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the extension needs to start a harness and build its clients, from an annotation or a builder. The
 * harness's settings are not copied here: they are steps applied to {@link KinesisHarness.Builder}, so every
 * setting of every service reaches the extension through the core builder's own definitions.
 *
 * @param harness the settings, as steps on the core builder, applied in order
 */
public record HarnessOptions(WireProtocol protocol, boolean https, boolean resetBeforeEach,
        Consumer<KinesisHarness.Builder> harness) {

    /** The extension's defaults: a MANUAL clock (the core builder's own default is SYSTEM) and CBOR clients. */
    public static HarnessOptions defaults() {
        return new HarnessOptions(WireProtocol.CBOR, false, true, b -> b.clock(io.kinesisharness.ClockMode.MANUAL));
    }

    public static HarnessOptions from(KinesisHarnessTest a) {
        List<String[]> pairs = new ArrayList<>();
        for (String setting : a.settings()) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@KinesisHarnessTest settings take name=value, not '" + setting
                        + "'");
            }
            pairs.add(new String[] {setting.substring(0, eq).trim(), setting.substring(eq + 1).trim()});
        }
        Instant start = a.startAt().isBlank() ? null : Instant.parse(a.startAt());
        Duration createDelay = Duration.parse(a.createStreamDelay());
        Duration deleteDelay = Duration.parse(a.deleteStreamDelay());
        return new HarnessOptions(a.protocol(), a.https(), a.resetBeforeEach(), b -> {
            b.clock(a.clock()).region(a.region()).accountId(a.accountId()).createStreamDelay(createDelay)
                    .deleteStreamDelay(deleteDelay).throttling(a.throttling());
            if (start != null) {
                b.startTime(start);
            }
            for (String[] p : pairs) {
                b.setting(p[0], p[1]);
            }
        });
    }

    /** These options with further steps on the core builder, applied after the present ones. */
    public HarnessOptions and(Consumer<KinesisHarness.Builder> more) {
        return new HarnessOptions(protocol, https, resetBeforeEach, harness.andThen(more));
    }

    /**
     * Streams, buckets and delivery streams the test class declares: created with the harness and again after each
     * reset.
     */
    public HarnessOptions withDeclared(List<KinesisStream> streams, List<S3Bucket> buckets,
            List<FirehoseDeliveryStream> deliveryStreams) {
        return and(b -> {
            streams.forEach(s -> b.stream(s.name(), s.shards(), s.mode(), s.retentionHours()));
            buckets.forEach(s -> b.bucket(s.value()));
            deliveryStreams.forEach(d -> b.deliveryStream(spec(d)));
        });
    }

    /** A declared delivery stream as the core builder takes it. */
    public static DeliveryStreamSpec spec(FirehoseDeliveryStream d) {
        return new DeliveryStreamSpec(d.name(), d.bucket(), d.intervalSeconds(), d.sizeInMBs(), d.compression(),
                d.prefix());
    }

    /** Starts a harness with these options; the declared streams and buckets exist when it returns. */
    public KinesisHarness start() {
        KinesisHarness.Builder b = KinesisHarness.builder();
        harness.accept(b);
        return b.start();
    }
}
