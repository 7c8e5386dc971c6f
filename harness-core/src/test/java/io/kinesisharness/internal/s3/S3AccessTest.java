package io.kinesisharness.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.runtime.HarnessRuntime;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.server.HarnessServer;
import io.kinesisharness.internal.server.ServerOptions;
import io.kinesisharness.settings.S3Settings;
import io.kinesisharness.settings.ServerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * What other services write through {@link S3Access} is what a client then reads through S3's API: same bytes,
 * MD5 entity tag, content type and encoding, a modification time on the harness clock.
 */
class S3AccessTest {

    private static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    private static final Scope ACCOUNT = new Scope("000000000000", "us-east-1");

    private HarnessRuntime runtime;
    private HarnessServer server;
    private S3Client s3;

    @BeforeEach
    void start() {
        HarnessConfig config = HarnessConfig.defaults().with(ServerSettings.CLOCK, ClockMode.MANUAL)
                .with(ServerSettings.START_TIME, START).with(S3Settings.BUCKETS, List.of("deliveries"));
        runtime = new HarnessRuntime(config);
        server = HarnessServer.bind(ServerOptions.defaults());
        server.serve(runtime.router());
        s3 = S3Client.builder().endpointOverride(java.net.URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("000000000000", "x"))).build();
    }

    @AfterEach
    void stop() {
        s3.close();
        server.close();
        runtime.close();
    }

    @Test
    void an_object_put_through_access_reads_back_through_s3s_api() {
        S3Access access = runtime.module("s3", S3Module.class);
        byte[] data = "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8);

        access.putObject(ACCOUNT, "deliveries", "2026/05/01/12/part-1", data, "application/octet-stream", "gzip");

        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket("deliveries")
                .key("2026/05/01/12/part-1"));
        assertThat(got.asByteArray()).isEqualTo(data);
        assertThat(got.response().contentEncoding()).isEqualTo("gzip");
        assertThat(got.response().lastModified()).isEqualTo(START);
        assertThat(got.response().eTag()).hasSize(34);
        assertThat(access.getObject(ACCOUNT, "deliveries", "2026/05/01/12/part-1")).isEqualTo(data);
        assertThat(access.listKeys(ACCOUNT, "deliveries", "2026/")).containsExactly("2026/05/01/12/part-1");
    }

    @Test
    void a_missing_or_foreign_bucket_is_refused_or_reads_as_nothing() {
        S3Access access = runtime.module("s3", S3Module.class);
        Scope other = new Scope("111111111111", "us-east-1");

        assertThatThrownBy(() -> access.putObject(ACCOUNT, "missing", "k", new byte[1], null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No bucket missing");
        assertThatThrownBy(() -> access.putObject(other, "deliveries", "k", new byte[1], null, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(access.getObject(other, "deliveries", "k")).isNull();
        assertThat(access.listKeys(ACCOUNT, "missing", null)).isEmpty();
    }
}
