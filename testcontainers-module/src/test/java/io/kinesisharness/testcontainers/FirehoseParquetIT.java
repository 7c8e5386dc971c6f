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
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Record format conversion in the container, whose jar carries parquet-java and no Hadoop: a table registered over
 * the admin API, JSON records in, a Parquet object out.
 */
@RequiresDocker
class FirehoseParquetIT {

    @Test
    void json_records_are_written_as_parquet_by_the_standalone_server() {
        try (KinesisHarnessContainer harness = Harnesses.container()
                .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z"))) {
            harness.start();
            harness.glue().registerTable(GlueTable.in("sales").named("orders").column("id", "bigint")
                    .column("customer", "string").column("placed", "timestamp").build());
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey()));
            try (FirehoseClient firehose = FirehoseClient.builder().endpointOverride(harness.getEndpoint())
                    .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                    .httpClientBuilder(Apache5HttpClient.builder()).build();
                    S3Client s3 = S3Client.builder().endpointOverride(harness.getS3Endpoint())
                            .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                            .httpClientBuilder(Apache5HttpClient.builder()).build()) {
                s3.createBucket(b -> b.bucket("lake"));
                firehose.createDeliveryStream(b -> b.deliveryStreamName("orders")
                        .extendedS3DestinationConfiguration(d -> d.bucketARN("arn:aws:s3:::lake")
                                .roleARN("arn:aws:iam::000000000000:role/firehose")
                                .bufferingHints(h -> h.sizeInMBs(64).intervalInSeconds(60))
                                .dataFormatConversionConfiguration(c -> c
                                        .schemaConfiguration(sc -> sc.databaseName("sales").tableName("orders")
                                                .roleARN("arn:aws:iam::000000000000:role/firehose"))
                                        .inputFormatConfiguration(i -> i.deserializer(de -> de.openXJsonSerDe(o -> { })))
                                        .outputFormatConfiguration(o -> o.serializer(
                                                se -> se.parquetSerDe(p -> { }))))));
                harness.admin().clock().advance(Duration.ofSeconds(5));
                firehose.putRecordBatch(b -> b.deliveryStreamName("orders").records(
                        Record.builder().data(SdkBytes.fromUtf8String(
                                "{\"id\":1,\"customer\":\"Ada\",\"placed\":\"2026-12-06 09:00:00\"}")).build()));
                harness.admin().clock().advance(Duration.ofSeconds(60));

                FirehoseDelivery object = harness.firehose().deliveries("orders").stream()
                        .filter(d -> d.destination() == FirehoseDelivery.Destination.S3).findFirst().orElseThrow();
                assertThat(object.key()).endsWith(".parquet");
                assertThat(object.recordsAsStrings()).containsExactly(
                        "{\"id\":1,\"customer\":\"Ada\",\"placed\":\"2026-12-06T09:00:00Z\"}");
                byte[] stored = s3.getObjectAsBytes(b -> b.bucket("lake").key(object.key())).asByteArray();
                assertThat(new String(Arrays.copyOfRange(stored, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("PAR1");
                assertThat(new String(Arrays.copyOfRange(stored, stored.length - 4, stored.length),
                        StandardCharsets.US_ASCII)).isEqualTo("PAR1");
                assertThat(stored).isEqualTo(object.body());
            }
        }
    }
}
