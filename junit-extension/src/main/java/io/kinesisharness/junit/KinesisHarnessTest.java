package io.kinesisharness.junit;

import io.kinesisharness.ClockMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against its own Kinesis Harness: one harness per class (nested classes share it), reset
 * before each test unless {@link #resetBeforeEach()} says otherwise. Test and lifecycle methods can take
 * {@code KinesisClient}, {@code KinesisAsyncClient}, {@link io.kinesisharness.HarnessClock},
 * {@link io.kinesisharness.KinesisHarness}, {@link io.kinesisharness.HarnessAdmin} and {@link KinesisStreamReader}
 * parameters.
 *
 * <pre>{@code
 * @KinesisHarnessTest(startAt = "2026-01-01T00:00:00Z")
 * @KinesisStream(name = "orders", shards = 2)
 * class OrdersTest {
 *     @Test
 *     void expires_after_retention(KinesisClient kinesis, HarnessClock clock) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KinesisHarnessExtension.class)
public @interface KinesisHarnessTest {

    /** How the harness clock moves. MANUAL (default) moves only when the test says so. */
    ClockMode clock() default ClockMode.MANUAL;

    /** The clock's start, ISO-8601 ({@code 2026-01-01T00:00:00Z}); empty means the real time at start. */
    String startAt() default "";

    String region() default "us-east-1";

    /** The account that the injected clients act in (12 digits). */
    String accountId() default "000000000000";

    /** Wire protocol of injected Kinesis clients. */
    WireProtocol protocol() default WireProtocol.CBOR;

    /** Point injected clients at the {@code https://} endpoint (self-signed certificate, trusted by them). */
    boolean https() default false;

    /** Drop all state (and restart the clock) before each test; declared streams are created again. */
    boolean resetBeforeEach() default true;

    /** How long a new stream stays CREATING, ISO-8601 ({@code PT10S}); default immediate. */
    String createStreamDelay() default "PT0S";

    /** How long a deleted stream stays DELETING, ISO-8601; default immediate. */
    String deleteStreamDelay() default "PT0S";

    /**
     * Enforce AWS's throughput limits (per shard and per stream, on the harness clock); off by default, so tests
     * can write as fast as they like.
     */
    boolean throttling() default false;

    /**
     * Any other harness setting as {@code name=value}, named as the standalone server's flags without the dashes
     * (README, "Options"): {@code settings = {"update-stream-delay=PT2S", "register-consumer-delay=PT5S",
     * "shard-limit=20"}}. An unknown name or a bad value fails the test class at start.
     */
    String[] settings() default {};
}
