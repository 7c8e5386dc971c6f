package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.DeliveryStreamSpec;
import io.kinesisharness.settings.FirehoseSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;

/**
 * Firehose as a service of the harness: built by its first request only (and S3 only by its first delivery),
 * delivery streams declared by setting are made at start and after reset, and a declared stream breaking AWS's
 * rules fails the start with AWS's message.
 */
class FirehoseServiceTest {

    @Test
    void the_first_firehose_request_builds_it_and_the_first_delivery_builds_s3() {
        try (KinesisHarness harness = KinesisHarness.builder().start();
                FirehoseClient firehose = FirehoseClients.firehose(harness)) {
            assertThat(services(harness)).contains("{\"name\":\"firehose\",\"built\":false}")
                    .contains("{\"name\":\"s3\",\"built\":false}");
            assertThat(firehose.listDeliveryStreams(b -> { }).deliveryStreamNames()).isEmpty();
            FirehoseClients.createS3Stream(firehose, "lazy", "lazy-bucket", 1, 60, b -> { });
            assertThat(services(harness)).contains("{\"name\":\"firehose\",\"built\":true}")
                    .contains("{\"name\":\"s3\",\"built\":false}");

            FirehoseClients.putAll(firehose, "lazy", List.of("r"));
            harness.firehose().flush("lazy");
            assertThat(services(harness)).contains("{\"name\":\"s3\",\"built\":true}");
        }
    }

    @Test
    void declared_delivery_streams_exist_at_start_with_their_buckets_and_again_after_reset() {
        try (KinesisHarness harness = KinesisHarness.builder()
                .setting(FirehoseSettings.DELIVERY_STREAMS, List.of(DeliveryStreamSpec.toBucket("a", "bucket-a"),
                        new DeliveryStreamSpec("b", "bucket-b", 60, 1, "GZIP", "in/")))
                .start();
                FirehoseClient firehose = FirehoseClients.firehose(harness)) {
            assertThat(firehose.listDeliveryStreams(b -> { }).deliveryStreamNames()).containsExactly("a", "b");
            assertThat(firehose.describeDeliveryStream(b -> b.deliveryStreamName("b")).deliveryStreamDescription()
                    .destinations().get(0).extendedS3DestinationDescription().prefix()).isEqualTo("in/");
            firehose.deleteDeliveryStream(b -> b.deliveryStreamName("a"));
            harness.reset();
            assertThat(firehose.listDeliveryStreams(b -> { }).deliveryStreamNames()).containsExactly("a", "b");
        }
    }

    @Test
    void the_text_form_of_declared_streams_round_trips_and_bad_ones_are_refused() {
        List<DeliveryStreamSpec> specs = FirehoseSettings.DELIVERY_STREAMS.parse(
                "orders:deliveries, logs:archive:interval=60:size=2:compression=GZIP:prefix=raw/");
        assertThat(specs).containsExactly(DeliveryStreamSpec.toBucket("orders", "deliveries"),
                new DeliveryStreamSpec("logs", "archive", 60, 2, "GZIP", "raw/"));
        assertThat(FirehoseSettings.DELIVERY_STREAMS.parse(FirehoseSettings.DELIVERY_STREAMS.print(specs)))
                .isEqualTo(specs);
        assertThatThrownBy(() -> FirehoseSettings.DELIVERY_STREAMS.parse("orders")).hasMessageContaining("bucket");
        assertThatThrownBy(() -> FirehoseSettings.DELIVERY_STREAMS.parse("o:b:speed=3"))
                .hasMessageContaining("speed=3");
        assertThatThrownBy(() -> KinesisHarness.builder().deliveryStream(
                new DeliveryStreamSpec("p", "bkt", 60, 1, "UNCOMPRESSED", "a/!{timestamp:yyyy}/")).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ErrorOutputPrefix cannot be null or empty when Prefix contains expressions");
    }

    private static String services(KinesisHarness harness) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    harness.endpoint().resolve("/_harness/services")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
