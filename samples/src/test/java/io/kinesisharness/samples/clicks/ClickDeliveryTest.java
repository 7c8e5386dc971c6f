package io.kinesisharness.samples.clicks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.junit.FirehoseDeliveryStream;
import io.kinesisharness.junit.KinesisHarnessTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

@KinesisHarnessTest(clock = ClockMode.MANUAL, startAt = "2026-12-06T09:15:00Z")
@FirehoseDeliveryStream(name = "clicks", bucket = "archive", intervalSeconds = 60, compression = "GZIP",
        prefix = "clicks/")
class ClickDeliveryTest {
    @Test
    void delivers_one_object_when_the_interval_ends(FirehoseClient firehose, HarnessClock clock,
            HarnessFirehose delivered, S3Client s3) {
        firehose.putRecordBatch(b -> b.deliveryStreamName("clicks").records(
                Record.builder().data(SdkBytes.fromUtf8String("{\"page\":\"/a\"}\n")).build(),
                Record.builder().data(SdkBytes.fromUtf8String("{\"page\":\"/b\"}\n")).build()));
        assertThat(s3.listObjectsV2(b -> b.bucket("archive")).contents()).isEmpty();   // still buffered

        clock.advance(Duration.ofSeconds(60));

        assertThat(s3.listObjectsV2(b -> b.bucket("archive")).contents()).singleElement()
                .extracting(S3Object::key).asString()            // clicks/2026/12/06/09/clicks-1-2026-12-06-09-15-00-<uuid>.gz
                .startsWith("clicks/2026/12/06/09/clicks-1-2026-12-06-09-15-00-").endsWith(".gz");
        assertThat(delivered.deliveredRecords("clicks"))      // split back apart, decompressed
                .containsExactly("{\"page\":\"/a\"}\n", "{\"page\":\"/b\"}\n");
    }
}
