package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.FirehoseSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Delivery into an S3-compatible server outside the harness: a second harness started by the test serves S3 on its
 * own port, and the first delivers there through the SDK's S3 client, with the credentials in the endpoint URL.
 */
class FirehoseExternalS3Test {

    @Test
    void objects_go_to_the_configured_endpoint_and_a_missing_bucket_there_is_retried() {
        try (KinesisHarness store = KinesisHarness.builder().accountId("222222222222").bucket("external").start();
                KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL)
                        .startTime(Instant.parse("2026-12-06T16:00:00Z"))
                        .setting(FirehoseSettings.FIREHOSE_S3_ENDPOINT, "http://222222222222:any-secret@127.0.0.1:"
                                + store.port()).start();
                FirehoseClient firehose = FirehoseClients.firehose(harness);
                S3Client external = FirehoseClients.s3(store)) {
            FirehoseClients.createS3Stream(firehose, "out", "external", 1, 60, b -> b.compressionFormat("GZIP"));
            FirehoseClients.createS3Stream(firehose, "nowhere", "missing-there", 1, 60, b -> { });
            FirehoseClients.putAll(firehose, "out", List.of("x", "y"));
            FirehoseClients.putAll(firehose, "nowhere", List.of("z"));

            harness.clock().advance(Duration.ofSeconds(60));

            List<S3Object> objects = external.listObjectsV2(b -> b.bucket("external")).contents();
            assertThat(objects).singleElement().extracting(S3Object::key).asString()
                    .startsWith("2026/12/06/16/out-1-2026-12-06-16-00-00-").endsWith(".gz");
            assertThat(external.headObject(b -> b.bucket("external").key(objects.get(0).key())).contentEncoding())
                    .isEqualTo("gzip");
            assertThat(harness.firehose().deliveries("nowhere")).singleElement().satisfies(d -> {
                assertThat(d.delivered()).isFalse();
                assertThat(d.errorCode()).isEqualTo("S3.NoSuchBucket");
            });
        }
    }
}
