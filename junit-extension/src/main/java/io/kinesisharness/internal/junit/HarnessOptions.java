package io.kinesisharness.internal.junit;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.StreamMode;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.WireProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Everything the extension needs to start a harness and build its clients, from an annotation or a builder. */
public record HarnessOptions(ClockMode clock, Instant startAt, String region, String accountId, WireProtocol protocol,
        boolean https, boolean resetBeforeEach, Duration createStreamDelay, Duration deleteStreamDelay,
        List<StreamDeclaration> streams, Consumer<KinesisHarness.Builder> customizer) {

    /** A stream the test declares. */
    public record StreamDeclaration(String name, int shards, StreamMode mode, int retentionHours) {

        static StreamDeclaration of(KinesisStream s) {
            return new StreamDeclaration(s.name(), s.shards(), s.mode(), s.retentionHours());
        }
    }

    public static HarnessOptions defaults() {
        return new HarnessOptions(ClockMode.MANUAL, null, "us-east-1", "000000000000", WireProtocol.CBOR, false, true,
                Duration.ZERO, Duration.ZERO, List.of(), b -> { });
    }

    public static HarnessOptions from(KinesisHarnessTest a, List<KinesisStream> streams) {
        List<StreamDeclaration> declared = new ArrayList<>();
        streams.forEach(s -> declared.add(StreamDeclaration.of(s)));
        return new HarnessOptions(a.clock(), a.startAt().isBlank() ? null : Instant.parse(a.startAt()), a.region(),
                a.accountId(), a.protocol(), a.https(), a.resetBeforeEach(), Duration.parse(a.createStreamDelay()),
                Duration.parse(a.deleteStreamDelay()), List.copyOf(declared), settings(a));
    }

    /** The annotation's throttling switch and its free-form settings, applied after everything else. */
    private static Consumer<KinesisHarness.Builder> settings(KinesisHarnessTest a) {
        List<String[]> pairs = new ArrayList<>();
        for (String setting : a.settings()) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@KinesisHarnessTest settings take name=value, not '" + setting
                        + "'");
            }
            pairs.add(new String[] {setting.substring(0, eq).trim(), setting.substring(eq + 1).trim()});
        }
        boolean throttling = a.throttling();
        return b -> {
            b.throttling(throttling);
            for (String[] p : pairs) {
                b.setting(p[0], p[1]);
            }
        };
    }

    public HarnessOptions withStreams(List<StreamDeclaration> more) {
        List<StreamDeclaration> all = new ArrayList<>(streams);
        all.addAll(more);
        return new HarnessOptions(clock, startAt, region, accountId, protocol, https, resetBeforeEach,
                createStreamDelay, deleteStreamDelay, List.copyOf(all), customizer);
    }

    public static List<StreamDeclaration> declarations(List<KinesisStream> annotations) {
        return annotations.stream().map(StreamDeclaration::of).toList();
    }

    /** Starts a harness with these options; the declared streams exist when it returns. */
    public KinesisHarness start() {
        KinesisHarness.Builder b = KinesisHarness.builder().clock(clock).region(region).accountId(accountId)
                .createStreamDelay(createStreamDelay).deleteStreamDelay(deleteStreamDelay);
        if (startAt != null) {
            b.startTime(startAt);
        }
        for (StreamDeclaration s : streams) {
            b.stream(s.name(), s.shards(), s.mode(), s.retentionHours());
        }
        customizer.accept(b);
        return b.start();
    }
}
