package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Two containers side by side share nothing: streams, records, clocks and settings are each their own. */
@RequiresDocker
class TwoContainersIT {

    private static final Instant START = Instant.parse("2030-06-01T12:00:00Z");

    private static KinesisHarnessContainer plain;
    private static KinesisHarnessContainer custom;

    @BeforeAll
    static void start() {
        plain = Harnesses.container();
        custom = Harnesses.container().withRegion("eu-west-1").withAccountId("111111111111")
                .withClock(ClockMode.MANUAL, START).withStream("configured", 3);
        plain.start();
        custom.start();
    }

    @AfterAll
    static void stop() {
        for (KinesisHarnessContainer c : new KinesisHarnessContainer[] {plain, custom}) {
            if (c != null) {
                c.stop();
            }
        }
    }

    @BeforeEach
    void fresh() {
        plain.admin().reset();
        custom.admin().reset();
    }

    @Test
    void each_container_has_its_own_port_region_account_and_clock() {
        assertThat(plain.getEndpoint()).isNotEqualTo(custom.getEndpoint());
        assertThat(plain.getRegion()).isEqualTo("us-east-1");
        assertThat(plain.getAccessKey()).isEqualTo("000000000000");
        assertThat(custom.getRegion()).isEqualTo("eu-west-1");
        assertThat(custom.getAccessKey()).isEqualTo("111111111111");

        assertThat(custom.admin().clock().advance(Duration.ofDays(2))).isEqualTo(START.plus(Duration.ofDays(2)));
        assertThat(plain.admin().clock().mode()).isEqualTo(ClockMode.SYSTEM);
        assertThat(plain.admin().clock().now()).isBefore(START);
        assertThatThrownBy(() -> plain.admin().clock().advance(Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SYSTEM");
    }

    @Test
    void a_stream_of_one_name_in_both_holds_separate_records() {
        try (KinesisClient a = Harnesses.cbor(plain, new WireLog()); KinesisClient b = Harnesses.cbor(custom, new WireLog())) {
            a.createStream(r -> r.streamName("twin").shardCount(1));
            b.createStream(r -> r.streamName("twin").shardCount(1));

            Records.put(a, "twin", "k", "only in the plain one");

            assertThat(Records.texts(Records.readAll(a, "twin"))).containsExactly("only in the plain one");
            assertThat(Records.readAll(b, "twin")).isEmpty();
            assertThat(a.listStreams().streamNames()).containsExactly("twin");
            assertThat(b.listStreams().streamNames()).containsExactly("configured", "twin");
            assertThat(b.listShards(r -> r.streamName("configured")).shards()).hasSize(3);
        }
    }

    @Test
    void the_access_key_selects_the_account_the_configured_streams_live_in() {
        try (KinesisClient owner = Harnesses.cbor(custom, new WireLog());
                KinesisClient stranger = KinesisClient.builder().endpointOverride(custom.getEndpoint())
                        .region(Region.of(custom.getRegion()))
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("222222222222", "any")))
                        .build()) {
            assertThat(owner.listStreams().streamNames()).containsExactly("configured");
            assertThat(stranger.listStreams().streamNames()).isEmpty();
        }
    }
}
