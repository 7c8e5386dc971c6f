package io.kinesisharness.internal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    @Test
    void a_running_harness_is_healthy_and_a_stopped_one_is_not() {
        URI target;
        try (KinesisHarness harness = KinesisHarness.builder().start()) {
            target = HealthProbe.target(Map.of("KINESIS_HARNESS_PORT", String.valueOf(harness.port())));
            assertThat(HealthProbe.healthy(target)).isTrue();
        }
        assertThat(HealthProbe.healthy(target)).isFalse();
    }

    @Test
    void target_follows_the_launcher_environment() {
        assertThat(HealthProbe.target(Map.of())).isEqualTo(URI.create("http://127.0.0.1:4567"));
        assertThat(HealthProbe.target(Map.of("KINESIS_HARNESS_HOST", "0.0.0.0", "KINESIS_HARNESS_PORT", "9000")))
                .isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(HealthProbe.target(Map.of("KINESIS_HARNESS_HOST", "::1")))
                .isEqualTo(URI.create("http://[::1]:4567"));
    }
}
