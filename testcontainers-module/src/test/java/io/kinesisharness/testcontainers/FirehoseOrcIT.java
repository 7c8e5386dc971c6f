package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.glue.GlueTable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.Record;

/**
 * ORC output from the standalone server, whose jar carries orc-core and Hadoop as a bundle loaded apart on first
 * use: a table registered over the admin API, JSON records in, an ORC object out.
 */
@RequiresDocker
class FirehoseOrcIT {

    @Test
    void json_records_are_written_as_orc_from_the_bundle() {
        try (KinesisHarnessContainer harness = Harnesses.container()
                .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z")).withBucket("lake")) {
            harness.start();
            harness.glue().registerTable(GlueTable.in("sales").named("orders").column("id", "bigint")
                    .column("customer", "string").column("placed", "timestamp").build());
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey()));
            try (FirehoseClient firehose = FirehoseClient.builder().endpointOverride(harness.getEndpoint())
                    .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                    .httpClientBuilder(Apache5HttpClient.builder()).build()) {
                firehose.createDeliveryStream(b -> b.deliveryStreamName("orders")
                        .extendedS3DestinationConfiguration(d -> d.bucketARN("arn:aws:s3:::lake")
                                .roleARN("arn:aws:iam::000000000000:role/firehose")
                                .dataFormatConversionConfiguration(c -> c
                                        .schemaConfiguration(sc -> sc.databaseName("sales").tableName("orders")
                                                .roleARN("arn:aws:iam::000000000000:role/firehose"))
                                        .inputFormatConfiguration(i -> i.deserializer(de -> de.hiveJsonSerDe(h -> { })))
                                        .outputFormatConfiguration(o -> o.serializer(se -> se.orcSerDe(orc -> { }))))));
                harness.admin().clock().advance(Duration.ofSeconds(5));
                firehose.putRecord(b -> b.deliveryStreamName("orders").record(r -> r.data(SdkBytes.fromUtf8String(
                        "{\"id\":7,\"customer\":\"Bo\",\"placed\":\"2026-12-06 09:00:00\"}"))));
                try {
                    harness.firehose().flush("orders");
                } catch (RuntimeException e) {
                    throw new AssertionError("The flush failed; the container's log:\n" + harness.getLogs(), e);
                }

                FirehoseDelivery object = harness.firehose().deliveries("orders").stream()
                        .filter(d -> d.destination() == FirehoseDelivery.Destination.S3).findFirst().orElseThrow();
                assertThat(object.errorCode()).isNull();
                assertThat(object.key()).endsWith(".orc");
                assertThat(object.recordsAsStrings()).containsExactly(
                        "{\"id\":7,\"customer\":\"Bo\",\"placed\":\"2026-12-06T09:00:00Z\"}");
                assertThat(new String(Arrays.copyOfRange(object.body(), 0, 3), StandardCharsets.US_ASCII))
                        .isEqualTo("ORC");
            }
        }
    }
}
