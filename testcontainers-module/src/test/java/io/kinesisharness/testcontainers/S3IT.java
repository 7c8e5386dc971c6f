package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/** The S3 store of a container, through the SDK v2 S3 client at the container's S3 endpoint. */
@RequiresDocker
class S3IT {

    @Test
    void declared_buckets_exist_and_objects_round_trip_through_the_container() {
        byte[] data = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(data);
        try (KinesisHarnessContainer harness = Harnesses.container().withBucket("landing")) {
            harness.start();
            try (S3Client s3 = S3Client.builder().endpointOverride(harness.getS3Endpoint())
                    .region(Region.of(harness.getRegion())).httpClientBuilder(Apache5HttpClient.builder())
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey()))).build()) {
                assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("landing");
                s3.putObject(b -> b.bucket("landing").key("data.bin"), RequestBody.fromBytes(data));
                assertThat(s3.getObjectAsBytes(b -> b.bucket("landing").key("data.bin")).asByteArray())
                        .isEqualTo(data);

                harness.admin().reset();

                assertThat(s3.listObjectsV2(b -> b.bucket("landing")).contents()).isEmpty();
            }
        }
    }
}
