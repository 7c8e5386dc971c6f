package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.firehose.HarnessFirehose;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;

@KinesisHarnessTest(clock = ClockMode.MANUAL)
@FirehoseDeliveryStream(name = "orders", bucket = "deliveries", intervalSeconds = 60, compression = "GZIP")
class FirehoseInjectionTest {

    @Test
    void a_class_delivery_stream_delivers_on_the_harness_clock(FirehoseClient firehose, HarnessClock clock,
            HarnessFirehose delivered, S3Client s3) {
        firehose.putRecord(b -> b.deliveryStreamName("orders").record(r -> r.data(SdkBytes.fromUtf8String("a"))));
        clock.advance(Duration.ofSeconds(59));
        assertThat(delivered.deliveries("orders")).isEmpty();

        clock.advance(Duration.ofSeconds(1));

        assertThat(delivered.deliveredRecords("orders")).containsExactly("a");
        FirehoseDelivery object = delivered.deliveries("orders").get(0);
        assertThat(object.bucket()).isEqualTo("deliveries");
        assertThat(object.key()).endsWith(".gz");
        assertThat(s3.headObject(b -> b.bucket("deliveries").key(object.key())).contentEncoding()).isEqualTo("gzip");
    }

    @Test
    void each_test_starts_with_the_stream_empty_and_active(HarnessFirehose delivered, FirehoseClient firehose) {
        assertThat(delivered.deliveries("orders")).isEmpty();
        assertThat(firehose.describeDeliveryStream(b -> b.deliveryStreamName("orders")).deliveryStreamDescription()
                .deliveryStreamStatusAsString()).isEqualTo("ACTIVE");
    }

    @Test
    @FirehoseDeliveryStream(name = "only-here", bucket = "elsewhere", intervalSeconds = 0)
    void a_method_delivery_stream_exists_for_that_test(FirehoseAsyncClient async, HarnessFirehose delivered)
            throws Exception {
        async.putRecord(b -> b.deliveryStreamName("only-here").record(r -> r.data(SdkBytes.fromUtf8String("x"))))
                .get(30, TimeUnit.SECONDS);
        delivered.flush("only-here");
        assertThat(delivered.deliveredRecords("only-here")).containsExactly("x");
    }
}
