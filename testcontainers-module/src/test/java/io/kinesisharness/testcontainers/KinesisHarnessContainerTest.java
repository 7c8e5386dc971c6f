package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.StreamMode;
import io.kinesisharness.settings.KinesisSettings;
import io.kinesisharness.settings.ServerSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** What a container is told, without starting one: settings become the launcher's environment variables. */
class KinesisHarnessContainerTest {

    @Test
    void settings_are_collected_and_become_environment_variables_only_when_configured() {
        KinesisHarnessContainer c = new KinesisHarnessContainer("kinesis-harness:1.2.3")
                .withRegion("eu-central-1").withAccountId("123456789012")
                .withStream("orders", 2).withStream("audit", 0, StreamMode.ON_DEMAND, 48)
                .withClock(ClockMode.MANUAL, Instant.parse("2026-01-01T00:00:00Z"))
                .withCreateStreamDelay(Duration.ofMillis(500)).withDeleteStreamDelay(Duration.ofSeconds(2))
                .withUpdateStreamDelay(Duration.ofSeconds(1)).withShardLimit(20)
                .withSetting("tls-keystore-password", "secret");
        assertThat(c.getEnvMap()).isEmpty();

        c.configure();

        assertThat(c.getEnvMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "KINESIS_HARNESS_REGION", "eu-central-1",
                "KINESIS_HARNESS_ACCOUNT_ID", "123456789012",
                "KINESIS_HARNESS_STREAMS", "orders:2:24,audit:on-demand:48",
                "KINESIS_HARNESS_CLOCK", "manual",
                "KINESIS_HARNESS_START_TIME", "2026-01-01T00:00:00Z",
                "KINESIS_HARNESS_CREATE_STREAM_DELAY", "500ms",
                "KINESIS_HARNESS_DELETE_STREAM_DELAY", "2000ms",
                "KINESIS_HARNESS_UPDATE_STREAM_DELAY", "1000ms",
                "KINESIS_HARNESS_SHARD_LIMIT", "20",
                "KINESIS_HARNESS_TLS_KEYSTORE_PASSWORD", "secret"));
        assertThat(c.getExposedPorts()).containsExactly(KinesisHarnessContainer.PORT);
        assertThat(c.getRegion()).isEqualTo("eu-central-1");
        assertThat(c.getAccessKey()).isEqualTo("123456789012").isEqualTo(c.getAccountId());
    }

    @Test
    void defaults_match_the_standalone_server() {
        KinesisHarnessContainer c = new KinesisHarnessContainer(DockerImageName.parse("kinesis-harness"));
        c.configure();

        assertThat(c.getEnvMap()).isEmpty();
        assertThat(c.getRegion()).isEqualTo("us-east-1");
        assertThat(c.getAccessKey()).isEqualTo("000000000000");
        assertThat(c.getSecretKey()).isNotBlank();
    }

    @Test
    void buckets_and_any_services_setting_by_its_definition_become_environment_variables() {
        KinesisHarnessContainer c = new KinesisHarnessContainer("kinesis-harness:1.2.3").withBucket("landing")
                .withBucket("archive").withSetting(KinesisSettings.SHARD_LIMIT, 7)
                .withSetting(KinesisSettings.THROTTLING, true);

        c.configure();

        assertThat(c.getEnvMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "KINESIS_HARNESS_BUCKETS", "landing,archive",
                "KINESIS_HARNESS_SHARD_LIMIT", "7",
                "KINESIS_HARNESS_THROTTLING", "true"));
        assertThatThrownBy(() -> c.withSetting(ServerSettings.PORT, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bad_settings_fail_before_a_container_starts() {
        KinesisHarnessContainer c = new KinesisHarnessContainer("kinesis-harness:latest");

        assertThatThrownBy(() -> c.withAccountId("42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 digits");
        assertThatThrownBy(() -> c.withStream("orders", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withSetting("no-such-option", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown setting");
        assertThatThrownBy(() -> c.withSetting("create-stream-delay", "soon"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withSetting("port", "8080")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4567");
        assertThatThrownBy(() -> c.withShardLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_kinesis_harness_images_are_accepted_unless_declared_a_substitute() {
        assertThatThrownBy(() -> new KinesisHarnessContainer("redis:7")).isInstanceOf(IllegalStateException.class);

        DockerImageName mirror = DockerImageName.parse("registry.example/tools/kh:1.0")
                .asCompatibleSubstituteFor("kinesis-harness");
        assertThatCode(() -> new KinesisHarnessContainer(mirror)).doesNotThrowAnyException();
    }
}
