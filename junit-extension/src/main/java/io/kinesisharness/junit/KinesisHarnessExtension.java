package io.kinesisharness.junit;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.StreamMode;
import io.kinesisharness.internal.junit.HarnessOptions;
import io.kinesisharness.internal.junit.HarnessOptions.StreamDeclaration;
import io.kinesisharness.internal.junit.HarnessResource;
import io.kinesisharness.internal.junit.ParameterTypes;
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
        for (KinesisStream s : methodStreams(context)) {
            resource.harness().createStream(s.name(), s.shards(), s.mode(), s.retentionHours());
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
        List<StreamDeclaration> classStreams = HarnessOptions.declarations(classStreams(context));
        if (programmatic != null) {
            return programmatic.withStreams(classStreams);
        }
        Class<?> testClass = context.getRequiredTestClass();
        KinesisHarnessTest annotation = findTestAnnotation(testClass);
        return annotation == null ? HarnessOptions.defaults().withStreams(classStreams)
                : HarnessOptions.from(annotation, classStreams(context));
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

    /** Class-level stream declarations of the test class, its superclasses and enclosing classes. */
    private static List<KinesisStream> classStreams(ExtensionContext context) {
        List<KinesisStream> streams = new ArrayList<>();
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            for (Class<?> s = c; s != null && s != Object.class; s = s.getSuperclass()) {
                streams.addAll(AnnotationSupport.findRepeatableAnnotations(s, KinesisStream.class));
            }
        }
        return streams;
    }

    private static List<KinesisStream> methodStreams(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> AnnotationSupport.findRepeatableAnnotations(m, KinesisStream.class))
                .orElse(List.of());
    }

    /** Options of a programmatically registered extension; anything not set keeps the annotation's default. */
    public static final class Builder {
        private final HarnessOptions defaults = HarnessOptions.defaults();
        private ClockMode clock = defaults.clock();
        private Instant startAt = defaults.startAt();
        private String region = defaults.region();
        private String accountId = defaults.accountId();
        private WireProtocol protocol = defaults.protocol();
        private boolean https = defaults.https();
        private boolean resetBeforeEach = defaults.resetBeforeEach();
        private Duration createStreamDelay = defaults.createStreamDelay();
        private Duration deleteStreamDelay = defaults.deleteStreamDelay();
        private final List<StreamDeclaration> streams = new ArrayList<>();
        private Consumer<KinesisHarness.Builder> customizer = b -> { };

        private Builder() {
        }

        public Builder clock(ClockMode mode) {
            this.clock = Objects.requireNonNull(mode);
            return this;
        }

        public Builder startAt(Instant start) {
            this.startAt = start;
            return this;
        }

        public Builder protocol(WireProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol);
            return this;
        }

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
            this.region = Objects.requireNonNull(region);
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId);
            return this;
        }

        public Builder stream(String name, int shards) {
            return stream(name, shards, StreamMode.PROVISIONED, 24);
        }

        public Builder stream(String name, int shards, StreamMode mode, int retentionHours) {
            streams.add(new StreamDeclaration(name, shards, mode, retentionHours));
            return this;
        }

        public Builder createStreamDelay(Duration delay) {
            this.createStreamDelay = Objects.requireNonNull(delay);
            return this;
        }

        public Builder deleteStreamDelay(Duration delay) {
            this.deleteStreamDelay = Objects.requireNonNull(delay);
            return this;
        }

        /** Any other harness setting, applied to the harness builder last. */
        public Builder customize(Consumer<KinesisHarness.Builder> more) {
            customizer = customizer.andThen(more);
            return this;
        }

        public KinesisHarnessExtension build() {
            return new KinesisHarnessExtension(new HarnessOptions(clock, startAt, region, accountId, protocol, https,
                    resetBeforeEach, createStreamDelay, deleteStreamDelay, List.copyOf(streams), customizer));
        }
    }
}
