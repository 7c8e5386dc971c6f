package io.kinesisharness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Firehose delivery stream (DirectPut, into S3) that exists, ACTIVE and empty, when each test starts, with its
 * bucket. On a class: created with the harness and again after each reset. On a test method: before that test only.
 *
 * <pre>{@code
 * @KinesisHarnessTest(clock = ClockMode.MANUAL)
 * @FirehoseDeliveryStream(name = "orders", bucket = "deliveries", intervalSeconds = 60)
 * class DeliveryTest {
 *     @Test
 *     void delivers(FirehoseClient firehose, HarnessClock clock, HarnessFirehose delivered) {
 *         firehose.putRecord(b -> b.deliveryStreamName("orders").record(r -> r.data(SdkBytes.fromUtf8String("a"))));
 *         clock.advance(Duration.ofSeconds(60));
 *         assertThat(delivered.deliveredRecords("orders")).containsExactly("a");
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(FirehoseDeliveryStreams.class)
public @interface FirehoseDeliveryStream {

    String name();

    /** The S3 bucket it delivers to; created with it when there is none. */
    String bucket();

    /** Buffering interval (AWS's IntervalInSeconds, 0–900). */
    int intervalSeconds() default 300;

    /** Buffering size (AWS's SizeInMBs, 1–128). */
    int sizeInMBs() default 5;

    /** UNCOMPRESSED, GZIP, ZIP, Snappy or HADOOP_SNAPPY. */
    String compression() default "UNCOMPRESSED";

    /** The S3 prefix (expressions allowed); empty for AWS's default {@code yyyy/MM/dd/HH/}. */
    String prefix() default "";
}
