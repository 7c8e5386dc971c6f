package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.settings.DeliveryStreamSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Firehose in a container: a declared delivery stream buffers on the container's clock, the test advances it and
 * reads the delivery through the admin API and the object through S3.
 */
@RequiresDocker
class FirehoseIT {

    @Test
    void a_declared_delivery_stream_delivers_when_the_clock_passes_its_interval() {
        try (KinesisHarnessContainer harness = Harnesses.container()
                .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z"))
                .withDeliveryStream(new DeliveryStreamSpec("orders", "deliveries", 60, 1, "GZIP", "orders/"))) {
            harness.start();
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey()));
            try (FirehoseClient firehose = FirehoseClient.builder().endpointOverride(harness.getEndpoint())
                    .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                    .httpClientBuilder(Apache5HttpClient.builder()).build();
                    S3Client s3 = S3Client.builder().endpointOverride(harness.getS3Endpoint())
                            .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                            .httpClientBuilder(Apache5HttpClient.builder()).build()) {
                firehose.putRecordBatch(b -> b.deliveryStreamName("orders").records(
                        Record.builder().data(SdkBytes.fromUtf8String("a")).build(),
                        Record.builder().data(SdkBytes.fromUtf8String("b")).build()));
                assertThat(harness.firehose().deliveries("orders")).isEmpty();

                harness.admin().clock().advance(Duration.ofSeconds(60));

                List<FirehoseDelivery> deliveries = harness.firehose().deliveries("orders");
                assertThat(deliveries).singleElement().satisfies(d -> {
                    assertThat(d.recordsAsStrings()).containsExactly("a", "b");
                    assertThat(d.key()).startsWith("orders/2026/12/06/10/orders-1-2026-12-06-10-00-00-")
                            .endsWith(".gz");
                    assertThat(d.attributes()).containsEntry("Content-Encoding", "gzip");
                });
                assertThat(s3.headObject(b -> b.bucket("deliveries").key(deliveries.get(0).key())).contentEncoding())
                        .isEqualTo("gzip");

                firehose.putRecord(b -> b.deliveryStreamName("orders").record(r -> r.data(
                        SdkBytes.fromUtf8String("c"))));
                harness.firehose().flush("orders");
                assertThat(harness.firehose().deliveredRecords("orders")).containsExactly("a", "b", "c");
            }
        }
    }
}
