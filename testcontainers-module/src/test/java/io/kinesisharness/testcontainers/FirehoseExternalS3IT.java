package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code firehose-s3-endpoint} from the standalone server, whose jar carries the SDK's S3 client as a bundle loaded
 * only for this setting: one container delivers its objects into a second one's S3 store over a shared network.
 */
@RequiresDocker
class FirehoseExternalS3IT {

    @Test
    void a_delivery_stream_writes_its_objects_into_another_s3_endpoint() {
        try (Network network = Network.newNetwork();
                KinesisHarnessContainer store = Harnesses.container().withNetwork(network)
                        .withNetworkAliases("store");
                KinesisHarnessContainer sender = Harnesses.container().withNetwork(network)
                        .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z"))
                        .withSetting("firehose-s3-endpoint", "http://store:4567")) {
            store.start();
            sender.start();
            try (S3Client s3 = S3Client.builder().endpointOverride(store.getS3Endpoint())
                    .region(Region.of(store.getRegion())).credentialsProvider(credentials(store))
                    .httpClientBuilder(Apache5HttpClient.builder()).build();
                    FirehoseClient firehose = FirehoseClient.builder().endpointOverride(sender.getEndpoint())
                            .region(Region.of(sender.getRegion())).credentialsProvider(credentials(sender))
                            .httpClientBuilder(Apache5HttpClient.builder()).build()) {
                s3.createBucket(b -> b.bucket("outside"));
                firehose.createDeliveryStream(b -> b.deliveryStreamName("events")
                        .extendedS3DestinationConfiguration(d -> d.bucketARN("arn:aws:s3:::outside")
                                .roleARN("arn:aws:iam::000000000000:role/firehose")));
                firehose.putRecord(b -> b.deliveryStreamName("events")
                        .record(r -> r.data(SdkBytes.fromUtf8String("through the bundle\n"))));
                sender.firehose().flush("events");

                var objects = s3.listObjectsV2(b -> b.bucket("outside")).contents();
                assertThat(objects).hasSize(1);
                assertThat(s3.getObjectAsBytes(b -> b.bucket("outside").key(objects.get(0).key())).asUtf8String())
                        .isEqualTo("through the bundle\n");
            }
        }
    }

    private static StaticCredentialsProvider credentials(KinesisHarnessContainer c) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(c.getAccessKey(), c.getSecretKey()));
    }
}
