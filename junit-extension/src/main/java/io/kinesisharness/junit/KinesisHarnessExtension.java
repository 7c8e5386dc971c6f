package io.kinesisharness.junit;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.StreamMode;
import io.kinesisharness.internal.junit.HarnessOptions;
import io.kinesisharness.internal.junit.HarnessResource;
import io.kinesisharness.internal.junit.ParameterTypes;
import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.Setting;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives tests a running Kinesis Harness.
 *
 * <ul>
 *   <li>{@link KinesisHarnessTest} on a class, or a {@code static} {@code @RegisterExtension} field: one harness
 *       per class, shared by {@code @Nested} classes, reset before each test unless told otherwise;</li>
 *   <li>an instance {@code @RegisterExtension} field: a fresh harness for every test.</li>
 * </ul>
 * The harness and the clients it hands out live in JUnit's extension store and are closed with the class (or
 * test) that owns them; nothing is static, so test classes may run in parallel.
 */
public final class KinesisHarnessExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KinesisHarnessExtension.class);

    /** Null when registered declaratively: the options then come from {@link KinesisHarnessTest}. */
    private final HarnessOptions programmatic;
    /** The harness of the current class or test, for tests that call methods on a registered extension field. */
    private volatile HarnessResource current;

    /** Used by {@code @ExtendWith}/{@link KinesisHarnessTest}; programmatic users call {@link #builder()}. */
    public KinesisHarnessExtension() {
        this(null);
    }

    private KinesisHarnessExtension(HarnessOptions options) {
        this.programmatic = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        HarnessResource inherited = find(context);
        if (inherited != null) {
            current = inherited;
            return;
        }
        HarnessOptions options = options(context);
        HarnessResource resource = new HarnessResource(options.start(), options);
        context.getStore(NAMESPACE).put(key(), resource);
        current = resource;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        HarnessResource resource = find(context);
        if (resource == null) {
            // Instance field: JUnit never called beforeAll on us, so this test gets its own harness.
            HarnessOptions options = options(context);
            resource = new HarnessResource(options.start(), options);
            context.getStore(NAMESPACE).put(key(), resource);
        } else if (resource.options().resetBeforeEach()) {
            resource.harness().reset();
        }
        current = resource;
        for (KinesisStream s : methodAnnotations(context, KinesisStream.class)) {
            resource.harness().createStream(s.name(), s.shards(), s.mode(), s.retentionHours());
        }
        for (S3Bucket b : methodAnnotations(context, S3Bucket.class)) {
            resource.harness().createBucket(b.value());
        }
        for (FirehoseDeliveryStream d : methodAnnotations(context, FirehoseDeliveryStream.class)) {
            resource.harness().createDeliveryStream(HarnessOptions.spec(d));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return ParameterTypes.supports(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        HarnessResource resource = find(context);
        if (resource == null) {
            // Constructor or @BeforeAll of a per-test harness: there is no harness yet.
            throw new ParameterResolutionException("No Kinesis Harness is running for " + context.getDisplayName()
                    + ": a harness registered through an instance field exists only during each test");
        }
        return ParameterTypes.resolve(parameter.getParameter().getType(), resource);
    }

    /** The running harness (of the current class, or of the current test for instance fields). */
    public KinesisHarness harness() {
        HarnessResource r = current;
        if (r == null) {
            throw new IllegalStateException("The Kinesis Harness is not running yet: it starts before all tests "
                    + "(static field) or before each test (instance field)");
        }
        return r.harness();
    }

    public URI endpoint() {
        return harness().endpoint();
    }

    public String region() {
        return harness().region();
    }

    public HarnessClock clock() {
        return harness().clock();
    }

    public HarnessAdmin admin() {
        return harness().admin();
    }

    /** A Kinesis client for the harness (built once, closed with it); needs the AWS SDK kinesis module. */
    public software.amazon.awssdk.services.kinesis.KinesisClient kinesisClient() {
        return (software.amazon.awssdk.services.kinesis.KinesisClient)
                ParameterTypes.resolve(software.amazon.awssdk.services.kinesis.KinesisClient.class, resource());
    }

    /** An S3 client for the harness (built once, closed with it); needs the AWS SDK s3 module. */
    public software.amazon.awssdk.services.s3.S3Client s3Client() {
        return (software.amazon.awssdk.services.s3.S3Client)
                ParameterTypes.resolve(software.amazon.awssdk.services.s3.S3Client.class, resource());
    }

    /** A Firehose client for the harness (built once, closed with it); needs the AWS SDK firehose module. */
    public software.amazon.awssdk.services.firehose.FirehoseClient firehoseClient() {
        return (software.amazon.awssdk.services.firehose.FirehoseClient) ParameterTypes.resolve(
                software.amazon.awssdk.services.firehose.FirehoseClient.class, resource());
    }

    /** A DynamoDB client for the harness (built once, closed with it); needs the AWS SDK dynamodb module. */
    public software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamoDbClient() {
        return (software.amazon.awssdk.services.dynamodb.DynamoDbClient) ParameterTypes.resolve(
                software.amazon.awssdk.services.dynamodb.DynamoDbClient.class, resource());
    }

    /** What the harness's Firehose delivery streams delivered, and flushing them now. */
    public HarnessFirehose firehose() {
        return harness().firehose();
    }

    /** Reads whole streams back through the Kinesis API; needs the AWS SDK kinesis module. */
    public KinesisStreamReader reader() {
        return (KinesisStreamReader) ParameterTypes.resolve(KinesisStreamReader.class, resource());
    }

    private HarnessResource resource() {
        harness();
        return current;
    }

    private Object key() {
        return this;
    }

    private HarnessResource find(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(key(), HarnessResource.class);
    }

    private HarnessOptions options(ExtensionContext context) {
        HarnessOptions base;
        if (programmatic != null) {
            base = programmatic;
        } else {
            KinesisHarnessTest annotation = findTestAnnotation(context.getRequiredTestClass());
            base = annotation == null ? HarnessOptions.defaults() : HarnessOptions.from(annotation);
        }
        return base.withDeclared(classAnnotations(context, KinesisStream.class),
                classAnnotations(context, S3Bucket.class), classAnnotations(context, FirehoseDeliveryStream.class));
    }

    private static KinesisHarnessTest findTestAnnotation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            var found = AnnotationSupport.findAnnotation(c, KinesisHarnessTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /** Class-level declarations of the test class, its superclasses and enclosing classes. */
    private static <A extends Annotation> List<A> classAnnotations(ExtensionContext context, Class<A> type) {
        List<A> found = new ArrayList<>();
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            for (Class<?> s = c; s != null && s != Object.class; s = s.getSuperclass()) {
                found.addAll(AnnotationSupport.findRepeatableAnnotations(s, type));
            }
        }
        return found;
    }

    private static <A extends Annotation> List<A> methodAnnotations(ExtensionContext context, Class<A> type) {
        return context.getTestMethod().map(m -> AnnotationSupport.findRepeatableAnnotations(m, type))
                .orElse(List.of());
    }

    /**
     * Options of a programmatically registered extension. The harness's settings are the core builder's: the
     * shorthands here and {@link #setting} pass them on, {@link #harness} gives the builder itself. What is
     * the extension's own: the injected clients' protocol and https, and whether to reset before each test.
     */
    public static final class Builder {
        private final HarnessOptions defaults = HarnessOptions.defaults();
        private WireProtocol protocol = defaults.protocol();
        private boolean https = defaults.https();
        private boolean resetBeforeEach = defaults.resetBeforeEach();
        private Consumer<KinesisHarness.Builder> harness = defaults.harness();

        private Builder() {
        }

        public Builder clock(ClockMode mode) {
            Objects.requireNonNull(mode);
            return harness(b -> b.clock(mode));
        }

        public Builder startAt(Instant start) {
            return harness(b -> b.startTime(start));
        }

        /** Wire protocol of the injected Kinesis clients (CBOR by default, as the SDK's). */
        public Builder protocol(WireProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol);
            return this;
        }

        /** Point injected clients at the {@code https://} endpoint (self-signed certificate, trusted by them). */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /** Whether a per-class harness is reset before each test (default true). */
        public Builder resetBeforeEach(boolean reset) {
            this.resetBeforeEach = reset;
            return this;
        }

        public Builder region(String region) {
            Objects.requireNonNull(region);
            return harness(b -> b.region(region));
        }

        public Builder accountId(String accountId) {
            Objects.requireNonNull(accountId);
            return harness(b -> b.accountId(accountId));
        }

        public Builder stream(String name, int shards) {
            return stream(name, shards, StreamMode.PROVISIONED, 24);
        }

        public Builder stream(String name, int shards, StreamMode mode, int retentionHours) {
            return harness(b -> b.stream(name, shards, mode, retentionHours));
        }

        /** An S3 bucket created with the harness and again after each reset. */
        public Builder bucket(String name) {
            Objects.requireNonNull(name);
            return harness(b -> b.bucket(name));
        }

        /** A Firehose delivery stream into {@code bucket} (created too), made with the harness and after resets. */
        public Builder deliveryStream(String name, String bucket) {
            Objects.requireNonNull(name);
            Objects.requireNonNull(bucket);
            return harness(b -> b.deliveryStream(name, bucket));
        }

        public Builder createStreamDelay(Duration delay) {
            Objects.requireNonNull(delay);
            return harness(b -> b.createStreamDelay(delay));
        }

        public Builder deleteStreamDelay(Duration delay) {
            Objects.requireNonNull(delay);
            return harness(b -> b.deleteStreamDelay(delay));
        }

        /** Any setting of any service by its definition: {@code setting(KinesisSettings.SHARD_LIMIT, 20)}. */
        public <T> Builder setting(Setting<T> setting, T value) {
            Objects.requireNonNull(setting);
            return harness(b -> b.setting(setting, value));
        }

        /** Any setting by its launcher name and text value: {@code setting("update-stream-delay", "2s")}. */
        public Builder setting(String name, String value) {
            HarnessSettings.byName(name).parse(value);
            return harness(b -> b.setting(name, value));
        }

        /** The core builder itself, for anything else; steps apply in the order they were given. */
        public Builder harness(Consumer<KinesisHarness.Builder> step) {
            harness = harness.andThen(Objects.requireNonNull(step));
            return this;
        }

        /** The same as {@link #harness}, under its earlier name. */
        public Builder customize(Consumer<KinesisHarness.Builder> more) {
            return harness(more);
        }

        public KinesisHarnessExtension build() {
            return new KinesisHarnessExtension(new HarnessOptions(protocol, https, resetBeforeEach, harness));
        }
    }
}
