package io.kinesisharness.samples.clicks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.FaultRule;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.junit.FirehoseDeliveryStream;
import io.kinesisharness.junit.KinesisHarnessTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The click archive end to end: the archiver's records go through Firehose, which buffers them for a minute of
 * harness time and writes one gzipped object of JSON lines, read back here through S3 as a reader of the archive
 * would.
 */
@KinesisHarnessTest(clock = ClockMode.MANUAL, startAt = "2026-12-06T09:15:00Z")
@FirehoseDeliveryStream(name = "clicks", bucket = "archive", intervalSeconds = 60, compression = "GZIP",
        prefix = "clicks/")
class ClickArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void clicks_land_in_s3_as_one_gzipped_object_of_json_lines_when_the_buffer_interval_ends(FirehoseClient firehose,
            HarnessClock clock, S3Client s3) throws IOException {
        List<Click> clicks = clicks(1200);
        new ClickArchiver(firehose, "clicks", 3).archive(clicks);
        assertThat(s3.listObjectsV2(b -> b.bucket("archive")).contents()).as("still buffered").isEmpty();

        clock.advance(Duration.ofSeconds(60));

        List<S3Object> objects = s3.listObjectsV2(b -> b.bucket("archive")).contents();
        assertThat(objects).singleElement().extracting(S3Object::key).asString()
                .startsWith("clicks/2026/12/06/09/clicks-1-2026-12-06-09-15-00-").endsWith(".gz");
        byte[] gz = s3.getObjectAsBytes(b -> b.bucket("archive").key(objects.get(0).key())).asByteArray();
        String lines = new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(),
                StandardCharsets.UTF_8);
        List<Click> archived = new ArrayList<>();
        for (String line : lines.split("\n")) {
            archived.add(JSON.readValue(line, Click.class));
        }
        assertThat(archived).containsExactlyElementsOf(clicks);
    }

    @Test
    void entries_firehose_fails_one_by_one_are_sent_again(FirehoseClient firehose, HarnessAdmin admin,
            HarnessFirehose delivered) {
        admin.faults().add(FaultRule.failRecords("PutRecordBatch", 0.3, 11).times(2));
        List<Click> clicks = clicks(300);

        new ClickArchiver(firehose, "clicks", 3).archive(clicks);
        delivered.flush("clicks");

        assertThat(delivered.deliveredRecords("clicks")).hasSize(300)
                .containsExactlyInAnyOrderElementsOf(clicks.stream().map(ClickArchiver::line).toList());
    }

    private static List<Click> clicks(int n) {
        List<Click> clicks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clicks.add(new Click("user-" + (i % 17), "/page/" + (i % 5), 1_765_012_500_000L + i));
        }
        return clicks;
    }
}
