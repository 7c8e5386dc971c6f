package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.FaultRule;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 as one service of the harness: built only when used, and under the same fault rules and reset. */
class S3ServiceTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private KinesisHarness harness;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void a_kinesis_only_harness_never_builds_s3_and_the_first_s3_request_does() throws Exception {
        try (KinesisClient kinesis = KinesisClient.builder().endpointOverride(harness.endpoint())
                .region(Region.of(harness.region())).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(harness.accessKey(), harness.secretKey()))).build()) {
            kinesis.createStream(b -> b.streamName("only-kinesis").shardCount(1));
            assertThat(kinesis.listStreams().streamNames()).containsExactly("only-kinesis");
        }
        assertThat(services()).isEqualTo("{\"services\":[{\"name\":\"kinesis\",\"built\":true},"
                + "{\"name\":\"s3\",\"built\":false},{\"name\":\"firehose\",\"built\":false},"
                + "{\"name\":\"dynamodb\",\"built\":false},{\"name\":\"cloudwatch\",\"built\":false},"
                + "{\"name\":\"lambda\",\"built\":false},{\"name\":\"glue\",\"built\":false},"
                + "{\"name\":\"kinesisanalytics\",\"built\":false}]}");

        try (S3Client s3 = S3Clients.pathStyle(harness)) {
            assertThat(s3.listBuckets().buckets()).isEmpty();
        }

        assertThat(services()).contains("{\"name\":\"s3\",\"built\":true}");
    }

    @Test
    void fault_rules_apply_to_s3_operations_by_their_aws_names() {
        harness.createBucket("faulty");
        harness.admin().faults().add(FaultRule.error("PutObject", "SlowDown").forService("s3").times(1));
        try (S3Client s3 = S3Clients.pathStyle(harness)) {
            assertThatThrownBy(() -> s3.putObject(b -> b.bucket("faulty").key("k"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(503);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
                    });
            s3.putObject(b -> b.bucket("faulty").key("k"), RequestBody.fromString("x"));
            assertThat(s3.getObjectAsBytes(b -> b.bucket("faulty").key("k")).asUtf8String()).isEqualTo("x");
        }
    }

    @Test
    void a_fault_rule_naming_a_code_no_service_has_is_refused() {
        assertThatThrownBy(() -> harness.admin().faults().add(FaultRule.error("GetObject", "NoSuchThing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown AWS error code NoSuchThing");
        harness.admin().faults().add(FaultRule.latency("GetObject", Duration.ofMillis(1)).forService("s3"));
        assertThat(harness.admin().faults().rules()).hasSize(1);
    }

    private String services() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(harness.endpoint() + "/_harness/services")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
