package io.kinesisharness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.StreamMode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void each_setting_has_one_name_a_flag_and_an_environment_variable() {
        Set<String> names = new HashSet<>();
        for (Setting<?> s : HarnessSettings.ALL) {
            assertThat(names.add(s.name())).as(s.name()).isTrue();
            assertThat(s.flag()).isEqualTo("--" + s.name());
            assertThat(s.envVar()).startsWith("KINESIS_HARNESS_").doesNotContain("-");
            assertThat(s.description()).isNotBlank();
        }
        assertThat(HarnessSettings.byName("create-stream-delay")).isSameAs(KinesisSettings.CREATE_STREAM_DELAY);
        assertThat(HarnessSettings.byName("buckets")).isSameAs(S3Settings.BUCKETS);
        assertThatThrownBy(() -> HarnessSettings.byName("nope")).hasMessageContaining("Unknown setting 'nope'");
    }

    @Test
    void values_print_in_the_form_they_parse_from() {
        assertThat(KinesisSettings.CREATE_STREAM_DELAY.parse("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(KinesisSettings.CREATE_STREAM_DELAY.parse("PT0.5S")).isEqualTo(Duration.ofMillis(500));
        assertThat(KinesisSettings.CREATE_STREAM_DELAY.print(Duration.ofSeconds(2))).isEqualTo("2000ms");
        assertThat(ServerSettings.CLOCK.parse("Manual")).isEqualTo(ClockMode.MANUAL);
        List<StreamSpec> streams = KinesisSettings.STREAMS.parse("orders:2, audit:on-demand:48");
        assertThat(streams).containsExactly(StreamSpec.provisioned("orders", 2),
                new StreamSpec("audit", 4, StreamMode.ON_DEMAND, 48));
        assertThat(KinesisSettings.STREAMS.print(streams)).isEqualTo("orders:2:24,audit:on-demand:48");
        assertThat(S3Settings.BUCKETS.parse(" a, ,b ")).containsExactly("a", "b");
        assertThat(S3Settings.BUCKETS.print(List.of("a", "b"))).isEqualTo("a,b");
    }

    @Test
    void bad_values_name_the_flag_and_why() {
        assertThatThrownBy(() -> ServerSettings.ACCOUNT_ID.parse("42"))
                .hasMessage("Invalid value '42' for --account-id: an account id has 12 digits");
        assertThatThrownBy(() -> KinesisSettings.SHARD_LIMIT.parse("0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> KinesisSettings.THROTTLING.parse("yes")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> KinesisSettings.DELETE_STREAM_DELAY.parse("-1s")).hasMessageContaining("negative");
    }
}
