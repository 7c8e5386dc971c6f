package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.lambda.LambdaInvocation;
import io.kinesisharness.lambda.TransformResult;
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
 * A Firehose transformation in container mode: the test's Java transformer is served from the test JVM over HTTP,
 * registered through the admin API, and invoked by the harness in the container with AWS's event.
 */
@RequiresDocker
class FirehoseLambdaIT {

    @Test
    void a_transformer_registered_from_the_test_runs_for_a_stream_in_the_container() {
        try (KinesisHarnessContainer harness = Harnesses.container()
                .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z"))) {
            harness.start();
            harness.lambda().registerTransformer("upper", r -> r.text().equals("skip") ? TransformResult.dropped()
                    : TransformResult.ok(r.text().toUpperCase() + "\n"));
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey()));
            try (FirehoseClient firehose = FirehoseClient.builder().endpointOverride(harness.getEndpoint())
                    .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                    .httpClientBuilder(Apache5HttpClient.builder()).build();
                    S3Client s3 = S3Client.builder().endpointOverride(harness.getS3Endpoint())
                            .region(Region.of(harness.getRegion())).credentialsProvider(credentials)
                            .httpClientBuilder(Apache5HttpClient.builder()).build()) {
                s3.createBucket(b -> b.bucket("out"));
                firehose.createDeliveryStream(b -> b.deliveryStreamName("shouted")
                        .extendedS3DestinationConfiguration(d -> d.bucketARN("arn:aws:s3:::out")
                                .roleARN("arn:aws:iam::000000000000:role/firehose")
                                .processingConfiguration(p -> p.enabled(true).processors(pr -> pr.type("Lambda")
                                        .parameters(pp -> pp.parameterName("LambdaArn").parameterValue(
                                                "arn:aws:lambda:us-east-1:000000000000:function:upper"))))));
                harness.admin().clock().advance(Duration.ofSeconds(5));
                firehose.putRecordBatch(b -> b.deliveryStreamName("shouted").records(
                        Record.builder().data(SdkBytes.fromUtf8String("hello")).build(),
                        Record.builder().data(SdkBytes.fromUtf8String("skip")).build()));

                harness.firehose().flush("shouted");

                List<LambdaInvocation> calls = harness.lambda().invocations("upper");
                assertThat(calls).singleElement().satisfies(c -> {
                    assertThat(c.error()).isNull();
                    assertThat(c.event()).contains("\"deliveryStreamArn\":\"arn:aws:firehose:us-east-1:"
                            + "000000000000:deliverystream/shouted\"");
                });
                assertThat(harness.firehose().deliveredRecords("shouted")).containsExactly("HELLO\n");
            }
        }
    }
}
