package io.kinesisharness;

import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.firehose.FirehoseModule;
import io.kinesisharness.internal.lambda.LambdaModule;
import io.kinesisharness.analytics.HarnessAnalytics;
import io.kinesisharness.internal.analytics.AnalyticsModule;
import io.kinesisharness.internal.glue.GlueModule;
import io.kinesisharness.glue.HarnessGlue;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.internal.kinesis.KinesisModule;
import io.kinesisharness.internal.runtime.HarnessRuntime;
import io.kinesisharness.internal.s3.S3Module;
import io.kinesisharness.internal.server.HarnessServer;
import io.kinesisharness.internal.server.ServerOptions;
import io.kinesisharness.internal.server.TlsMaterial;
import io.kinesisharness.settings.DeliveryStreamSpec;
import io.kinesisharness.settings.FirehoseSettings;
import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.KinesisSettings;
import io.kinesisharness.settings.S3Settings;
import io.kinesisharness.settings.ServerSettings;
import io.kinesisharness.settings.Setting;
import io.kinesisharness.settings.StreamSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A running Kinesis Harness: a local, wire-compatible Kinesis endpoint with a controllable clock.
 *
 * <pre>{@code
 * try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).stream("orders", 2).start()) {
 *     KinesisClient kinesis = KinesisClient.builder()
 *             .endpointOverride(harness.endpoint())
 *             .region(Region.of(harness.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(
 *                     AwsBasicCredentials.create(harness.accessKey(), harness.secretKey())))
 *             .build();
 *     ...
 *     harness.clock().advance(Duration.ofHours(25));
 * }
 * }</pre>
 */
public final class KinesisHarness implements AutoCloseable {

    private static final String SECRET_KEY = "kinesis-harness-secret";

    private final HarnessRuntime runtime;
    private final HarnessServer server;

    private KinesisHarness(HarnessRuntime runtime, HarnessServer server) {
        this.runtime = runtime;
        this.server = server;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The {@code http://} endpoint (HTTP/1.1 and cleartext HTTP/2) for {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://" + clientHost() + ":" + server.port());
    }

    /** The {@code https://} endpoint on the same port (self-signed certificate unless a key store was given). */
    public URI httpsEndpoint() {
        return URI.create("https://" + ("127.0.0.1".equals(clientHost()) ? "localhost" : clientHost()) + ":"
                + server.port());
    }

    public int port() {
        return server.port();
    }

    public String region() {
        return runtime.defaultScope().region();
    }

    public String accountId() {
        return runtime.defaultScope().accountId();
    }

    /** An access key id that selects this harness's account (any key works; a 12-digit one names the account). */
    public String accessKey() {
        return accountId();
    }

    public String secretKey() {
        return SECRET_KEY;
    }

    public HarnessClock clock() {
        return runtime.clock();
    }

    public HarnessAdmin admin() {
        return runtime;
    }

    /**
     * Drops all state and puts a MANUAL or OFFSET clock back to its start; streams declared on the builder are
     * created again.
     */
    public void reset() {
        runtime.reset();
    }

    /** Creates a provisioned stream in the harness's account and region (ACTIVE after the create delay). */
    public void createStream(String name, int shards) {
        kinesis().createStream(StreamSpec.provisioned(name, shards));
    }

    /** Creates a stream with a capacity mode (ON_DEMAND ignores {@code shards}) and retention period in hours. */
    public void createStream(String name, int shards, StreamMode mode, int retentionHours) {
        kinesis().createStream(new StreamSpec(name, shards, mode, retentionHours));
    }

    /**
     * Creates an S3 bucket in the harness's account and region (a bucket that exists already is kept as it is).
     *
     * @throws IllegalArgumentException when the name breaks S3's naming rules
     */
    public void createBucket(String name) {
        runtime.module("s3", S3Module.class).createBucket(name);
    }

    /**
     * Firehose as a test sees it: what each delivery stream delivered, and delivery now rather than at the end of a
     * buffering interval. Asking builds Firehose if no request has yet.
     */
    public HarnessFirehose firehose() {
        return runtime.module(FirehoseModule.SERVICE, FirehoseModule.class);
    }

    /**
     * The functions a test stands in for Lambda, which services invoke where AWS's would invoke a Lambda function
     * (Firehose transformations): register one by name or ARN, read back its invocations.
     */
    public HarnessLambda lambda() {
        return runtime.module(LambdaModule.SERVICE, LambdaModule.class);
    }

    /**
     * Kinesis Data Analytics for SQL as a test drives it: an application started in one call, records pushed, what
     * its streams produced. Needs {@code org.apache.calcite:calcite-core} on the classpath (optional for
     * harness-core).
     */
    public HarnessAnalytics analytics() {
        return runtime.module(AnalyticsModule.SERVICE, AnalyticsModule.class);
    }

    /** The table schemas services read from the Glue Data Catalog (Firehose record format conversion). */
    public HarnessGlue glue() {
        return runtime.module(GlueModule.SERVICE, GlueModule.class);
    }

    /**
     * Creates a DirectPut Firehose delivery stream into S3 in the harness's account and region (and its bucket if
     * there is none), ACTIVE after the create delay.
     *
     * @throws IllegalArgumentException with AWS's message when it breaks one of Firehose's rules
     */
    public void createDeliveryStream(DeliveryStreamSpec spec) {
        runtime.module(FirehoseModule.SERVICE, FirehoseModule.class).createDeliveryStream(spec);
    }

    private KinesisModule kinesis() {
        return runtime.module("kinesis", KinesisModule.class);
    }

    @Override
    public void close() {
        server.close();
        runtime.close();
    }

    private String clientHost() {
        String host = server.host();
        return "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : host;
    }

    @Override
    public String toString() {
        return "KinesisHarness[" + endpoint() + ", " + runtime.clock() + "]";
    }

    /** Settings of a harness to start; anything not set keeps its default (see README for the list). */
    public static final class Builder {

        private HarnessConfig config = HarnessConfig.defaults().with(ServerSettings.PORT, 0);
        private final List<StreamSpec> streams = new ArrayList<>();
        private final List<String> buckets = new ArrayList<>();
        private final List<DeliveryStreamSpec> deliveryStreams = new ArrayList<>();

        private Builder() {
        }

        /** Port to listen on; default 0 (a free port). The standalone server defaults to 4567. */
        public Builder port(int port) {
            return set(ServerSettings.PORT, port);
        }

        public Builder host(String host) {
            return set(ServerSettings.HOST, host);
        }

        public Builder clock(ClockMode mode) {
            return set(ServerSettings.CLOCK, Objects.requireNonNull(mode));
        }

        public Builder startTime(Instant start) {
            return set(ServerSettings.START_TIME, start);
        }

        public Builder region(String region) {
            return set(ServerSettings.REGION, region);
        }

        public Builder accountId(String accountId) {
            return setting(ServerSettings.ACCOUNT_ID.name(), accountId);
        }

        /** A provisioned stream created at start (and again after each reset). */
        public Builder stream(String name, int shards) {
            return stream(name, shards, StreamMode.PROVISIONED, 24);
        }

        /** A stream created at start (and again after each reset); ON_DEMAND ignores {@code shards}. */
        public Builder stream(String name, int shards, StreamMode mode, int retentionHours) {
            streams.add(new StreamSpec(name, shards, mode, retentionHours));
            return set(KinesisSettings.STREAMS, List.copyOf(streams));
        }

        /** An S3 bucket created at start (and again, empty, after each reset), in the default account and region. */
        public Builder bucket(String name) {
            buckets.add(Objects.requireNonNull(name, "name"));
            return set(S3Settings.BUCKETS, List.copyOf(buckets));
        }

        /** A Firehose delivery stream into an S3 bucket (created too), made at start and again after each reset. */
        public Builder deliveryStream(String name, String bucket) {
            return deliveryStream(DeliveryStreamSpec.toBucket(name, bucket));
        }

        /** A Firehose delivery stream with its buffering, compression and prefix, made at start and after resets. */
        public Builder deliveryStream(DeliveryStreamSpec spec) {
            deliveryStreams.add(Objects.requireNonNull(spec, "spec"));
            return set(FirehoseSettings.DELIVERY_STREAMS, List.copyOf(deliveryStreams));
        }

        public Builder createStreamDelay(Duration delay) {
            return set(KinesisSettings.CREATE_STREAM_DELAY, delay);
        }

        public Builder deleteStreamDelay(Duration delay) {
            return set(KinesisSettings.DELETE_STREAM_DELAY, delay);
        }

        public Builder updateStreamDelay(Duration delay) {
            return set(KinesisSettings.UPDATE_STREAM_DELAY, delay);
        }

        public Builder shardLimit(int limit) {
            return set(KinesisSettings.SHARD_LIMIT, limit);
        }

        /**
         * Enforces AWS's throughput limits on the harness clock: per-shard writes (1 MiB or 1,000 records per
         * second) and reads (2 MiB or 5 calls per second) fail with ProvisionedThroughputExceededException, and
         * control-plane calls over their documented rates with LimitExceededException. Off by default.
         */
        public Builder throttling(boolean enabled) {
            return set(KinesisSettings.THROTTLING, enabled);
        }

        /** Serves TLS with this key store (PKCS12, or JKS by file name) instead of a generated certificate. */
        public Builder tlsKeyStore(Path keyStore, String password) {
            set(ServerSettings.TLS_KEYSTORE, keyStore.toString());
            return set(ServerSettings.TLS_KEYSTORE_PASSWORD, password == null ? "" : password);
        }

        /** Any setting by its launcher name ({@code create-stream-delay}) and text value ({@code 500ms}). */
        public Builder setting(String name, String value) {
            config = config.withText(HarnessSettings.byName(name), value);
            return this;
        }

        /**
         * Any setting of any service by its definition: {@code setting(S3Settings.BUCKETS, List.of("in"))}. The
         * named methods above are shorthands for the most used ones.
         */
        public <T> Builder setting(Setting<T> setting, T value) {
            config = config.with(Objects.requireNonNull(setting, "setting"), value);
            return this;
        }

        private <T> Builder set(Setting<T> setting, T value) {
            return setting(setting, value);
        }

        /** Starts the harness; returns once it accepts connections. */
        public KinesisHarness start() {
            return KinesisHarness.start(config);
        }
    }

    /**
     * Binds first, then builds the engines while early clients wait on the open port (they are read from only
     * once everything is ready), so a client polling for readiness gets its answer as soon as there is one.
     */
    private static KinesisHarness start(HarnessConfig config) {
        String keyStore = config.get(ServerSettings.TLS_KEYSTORE);
        TlsMaterial tls = keyStore == null ? TlsMaterial.selfSigned()
                : TlsMaterial.keyStore(Path.of(keyStore), config.get(ServerSettings.TLS_KEYSTORE_PASSWORD));
        HarnessServer server = HarnessServer.bind(ServerOptions.defaults().withHost(config.get(ServerSettings.HOST))
                .withPort(config.get(ServerSettings.PORT)).withTls(tls));
        HarnessRuntime runtime;
        try {
            runtime = new HarnessRuntime(config);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        server.serve(runtime.router());
        return new KinesisHarness(runtime, server);
    }
}
