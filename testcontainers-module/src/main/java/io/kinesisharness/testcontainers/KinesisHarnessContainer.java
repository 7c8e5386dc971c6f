package io.kinesisharness.testcontainers;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.StreamMode;
import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.analytics.HarnessAnalytics;
import io.kinesisharness.glue.HarnessGlue;
import io.kinesisharness.settings.DeliveryStreamSpec;
import io.kinesisharness.settings.FirehoseSettings;
import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.KinesisSettings;
import io.kinesisharness.settings.S3Settings;
import io.kinesisharness.settings.ServerSettings;
import io.kinesisharness.settings.Setting;
import io.kinesisharness.settings.StreamSpec;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.rnorth.ducttape.ratelimits.RateLimiterBuilder;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Kinesis Harness in a Docker container: wire-compatible Kinesis and S3 endpoints on one port, with a controllable
 * clock.
 *
 * <pre>{@code
 * try (KinesisHarnessContainer harness = new KinesisHarnessContainer("kinesis-harness:0.1.0")
 *         .withClock(ClockMode.MANUAL, Instant.parse("2026-01-01T00:00:00Z"))
 *         .withStream("orders", 2)) {
 *     harness.start();
 *     KinesisClient kinesis = KinesisClient.builder()
 *             .endpointOverride(harness.getEndpoint())
 *             .region(Region.of(harness.getRegion()))
 *             .credentialsProvider(StaticCredentialsProvider.create(
 *                     AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey())))
 *             .build();
 *     ...
 *     harness.admin().clock().advance(Duration.ofHours(25));
 * }
 * }</pre>
 *
 * <p>The {@code withXxx} settings are the launcher's options (README, "Options") and are passed to the
 * container as {@code KINESIS_HARNESS_*} variables when it starts.
 */
public class KinesisHarnessContainer extends GenericContainer<KinesisHarnessContainer> {

    /** The one port of the image: HTTP/1.1, cleartext HTTP/2, TLS and the admin API. */
    public static final int PORT = 4567;

    private static final DockerImageName IMAGE = DockerImageName.parse("kinesis-harness");
    private static final String SECRET_KEY = "kinesis-harness-secret";
    /** How the container names the machine running the test (Docker's host gateway). */
    private static final String CALLBACK_HOST = "host.docker.internal";

    private final Map<Setting<?>, String> settings = new LinkedHashMap<>();
    private final List<StreamSpec> streams = new ArrayList<>();
    private final List<String> buckets = new ArrayList<>();
    private final List<DeliveryStreamSpec> deliveryStreams = new ArrayList<>();
    private volatile HttpHarnessAdmin admin;

    public KinesisHarnessContainer(String dockerImageName) {
        this(DockerImageName.parse(dockerImageName));
    }

    public KinesisHarnessContainer(DockerImageName dockerImageName) {
        super(dockerImageName);
        dockerImageName.assertCompatibleWith(IMAGE);
        withExposedPorts(PORT);
        // Functions a test registers in Java are served from the test's JVM; the container reaches it here.
        withExtraHost(CALLBACK_HOST, "host-gateway");
        // Testcontainers polls once a second by default, longer than the server takes to start.
        waitingFor(Wait.forHttp(AdminRoute.HEALTH.path()).forPort(PORT).forStatusCode(200)
                .withRateLimiter(RateLimiterBuilder.newBuilder().withRate(20, TimeUnit.SECONDS)
                        .withConstantThroughput().build()));
    }

    /** Region for requests whose signature names none; also {@link #getRegion()}. Default us-east-1. */
    public KinesisHarnessContainer withRegion(String region) {
        return setting(ServerSettings.REGION, region);
    }

    /** Account for access keys that are not a 12-digit account id; also {@link #getAccessKey()}. */
    public KinesisHarnessContainer withAccountId(String accountId) {
        return setting(ServerSettings.ACCOUNT_ID, accountId);
    }

    /** A provisioned stream with 24 h retention, created at start and after each reset. Repeatable. */
    public KinesisHarnessContainer withStream(String name, int shards) {
        streams.add(StreamSpec.provisioned(name, shards));
        return self();
    }

    /** A stream created at start and after each reset; ON_DEMAND ignores {@code shards}. Repeatable. */
    public KinesisHarnessContainer withStream(String name, int shards, StreamMode mode, int retentionHours) {
        streams.add(new StreamSpec(name, shards, Objects.requireNonNull(mode, "mode"), retentionHours));
        return self();
    }

    /** The clock mode; the clock starts at the container's start time. */
    public KinesisHarnessContainer withClock(ClockMode mode) {
        return setting(ServerSettings.CLOCK, Objects.requireNonNull(mode, "mode"));
    }

    /** The clock mode and the instant it starts at (MANUAL and OFFSET), also after each reset. */
    public KinesisHarnessContainer withClock(ClockMode mode, Instant start) {
        withClock(mode);
        return setting(ServerSettings.START_TIME, Objects.requireNonNull(start, "start"));
    }

    /** Time a new stream stays CREATING. */
    public KinesisHarnessContainer withCreateStreamDelay(Duration delay) {
        return setting(KinesisSettings.CREATE_STREAM_DELAY, delay);
    }

    /** Time a deleted stream stays DELETING. */
    public KinesisHarnessContainer withDeleteStreamDelay(Duration delay) {
        return setting(KinesisSettings.DELETE_STREAM_DELAY, delay);
    }

    /** Time a stream stays UPDATING after a change. */
    public KinesisHarnessContainer withUpdateStreamDelay(Duration delay) {
        return setting(KinesisSettings.UPDATE_STREAM_DELAY, delay);
    }

    /** Open shards allowed per account and region. */
    public KinesisHarnessContainer withShardLimit(int limit) {
        return setting(KinesisSettings.SHARD_LIMIT, limit);
    }

    /** S3 buckets created in the default account and region at start and after each reset. Repeatable. */
    public KinesisHarnessContainer withBucket(String name) {
        buckets.add(Objects.requireNonNull(name, "name"));
        return self();
    }

    /**
     * Any launcher option by name ({@code create-stream-delay}) and text value ({@code 500ms}), for options
     * without a method of their own; checked here, so a typo fails before the container starts.
     */
    public KinesisHarnessContainer withSetting(String name, String value) {
        Setting<?> setting = HarnessSettings.byName(name);
        checkSettable(setting);
        setting.parse(value);
        settings.put(setting, value);
        return self();
    }

    /**
     * Any setting of any service by its definition ({@code withSetting(KinesisSettings.SHARD_LIMIT, 20)}); the
     * {@code withXxx} methods are shorthands for the most used ones.
     */
    public <T> KinesisHarnessContainer withSetting(Setting<T> setting, T value) {
        checkSettable(Objects.requireNonNull(setting, "setting"));
        return setting(setting, value);
    }

    private static void checkSettable(Setting<?> setting) {
        if (setting == ServerSettings.HOST || setting == ServerSettings.PORT) {
            throw new IllegalArgumentException("The container always listens on 0.0.0.0:" + PORT
                    + "; use getEndpoint() for the address to reach it by");
        }
    }

    @Override
    protected void configure() {
        settings.forEach((setting, value) -> withEnv(setting.envVar(), value));
        if (!streams.isEmpty()) {
            withEnv(KinesisSettings.STREAMS.envVar(), KinesisSettings.STREAMS.print(List.copyOf(streams)));
        }
        if (!buckets.isEmpty()) {
            withEnv(S3Settings.BUCKETS.envVar(), S3Settings.BUCKETS.print(List.copyOf(buckets)));
        }
        if (!deliveryStreams.isEmpty()) {
            withEnv(FirehoseSettings.DELIVERY_STREAMS.envVar(),
                    FirehoseSettings.DELIVERY_STREAMS.print(List.copyOf(deliveryStreams)));
        }
    }

    /** {@code http://host:port}: HTTP/1.1 and cleartext HTTP/2, for {@code endpointOverride}. */
    public URI getEndpoint() {
        return URI.create("http://" + hostForUri(getHost()) + ":" + getMappedPort(PORT));
    }

    /**
     * {@code http://address:port} with the host's IP address, for S3 clients: by an address, SDKs name buckets in
     * the path ({@code /bucket/key}) by themselves, where by a name such as {@code localhost} they would send
     * {@code bucket.localhost}, which few machines resolve. The same port and harness as {@link #getEndpoint()}.
     */
    public URI getS3Endpoint() {
        String host = getHost();
        try {
            host = InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            // Left as a name: the client resolves it or fails as it would anyway.
        }
        return URI.create("http://" + hostForUri(host) + ":" + getMappedPort(PORT));
    }

    /** {@code https://host:port} on the same port, with the self-signed certificate the server generates. */
    public URI getHttpsEndpoint() {
        String host = getHost();
        // The generated certificate names localhost, not the loopback address.
        return URI.create("https://" + ("127.0.0.1".equals(host) ? "localhost" : hostForUri(host)) + ":"
                + getMappedPort(PORT));
    }

    public String getRegion() {
        return settings.getOrDefault(ServerSettings.REGION, ServerSettings.REGION.defaultValue());
    }

    public String getAccountId() {
        return settings.getOrDefault(ServerSettings.ACCOUNT_ID, ServerSettings.ACCOUNT_ID.defaultValue());
    }

    /** The account id: a 12-digit access key makes the SigV4 scope select this container's account. */
    public String getAccessKey() {
        return getAccountId();
    }

    /** Any secret works (signatures are not verified); this one is as good as another. */
    public String getSecretKey() {
        return SECRET_KEY;
    }

    /** Clock, reset and fault injection of the running container, over its admin API. */
    public HarnessAdmin admin() {
        URI endpoint = getEndpoint();
        HttpHarnessAdmin current = admin;
        if (current == null || !current.endpoint().equals(endpoint)) {
            // A restarted container gets a new mapped port.
            current = new HttpHarnessAdmin(endpoint, HttpHarnessAdmin.DEFAULT_TIMEOUT, CALLBACK_HOST);
            admin = current;
        }
        return current;
    }

    /**
     * The container's Lambda stand-ins: functions registered here in Java are served from this JVM over HTTP
     * (reached through Docker's host gateway); URLs are registered as given.
     */
    public HarnessLambda lambda() {
        return ((HttpHarnessAdmin) admin()).lambda();
    }

    /** The container's Kinesis Data Analytics applications: started in one call, fed, their streams read. */
    public HarnessAnalytics analytics() {
        return ((HttpHarnessAdmin) admin()).analytics();
    }

    /** The container's table catalog: schemas Firehose record format conversion reads. */
    public HarnessGlue glue() {
        return ((HttpHarnessAdmin) admin()).glue();
    }

    /** What the container's Firehose delivery streams delivered, and flushing them now, over its admin API. */
    public HarnessFirehose firehose() {
        return ((HttpHarnessAdmin) admin()).firehose();
    }

    /**
     * A Firehose delivery stream into an S3 bucket (created with it), made at start and after each reset.
     * Repeatable.
     */
    public KinesisHarnessContainer withDeliveryStream(DeliveryStreamSpec spec) {
        deliveryStreams.add(Objects.requireNonNull(spec, "spec"));
        return self();
    }

    /** Stored as the text the launcher reads, and read back once so that a bad value fails here. */
    private <T> KinesisHarnessContainer setting(Setting<T> setting, T value) {
        String text = setting.print(Objects.requireNonNull(value, setting.name()));
        setting.parse(text);
        settings.put(setting, text);
        return self();
    }

    private static String hostForUri(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
