package io.kinesisharness.internal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.HarnessSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void flags_take_both_forms_and_win_over_environment_variables() {
        Options options = Options.parse(new String[] {"--port", "0", "--clock=manual", "--region", "eu-west-1"});
        Map<String, String> env = Map.of("KINESIS_HARNESS_REGION", "ap-south-1",
                "KINESIS_HARNESS_START_TIME", "2026-03-01T00:00:00Z", "KINESIS_HARNESS_STREAMS", "a:2,b:on-demand:48",
                "KINESIS_HARNESS_ACCOUNT_ID", "123456789012");

        try (KinesisHarness harness = Launcher.configure(options, env).start()) {
            assertThat(harness.region()).isEqualTo("eu-west-1");
            assertThat(harness.accountId()).isEqualTo("123456789012");
            assertThat(harness.clock().mode()).isEqualTo(ClockMode.MANUAL);
            assertThat(harness.clock().now()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
            assertThat(harness.port()).isPositive();
        }
    }

    @Test
    void unknown_options_and_missing_values_are_refused_with_usage() {
        StringWriter err = new StringWriter();
        int code = Launcher.run(new String[] {"--bogus", "1"}, Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: --bogus").contains("Usage: java -jar kinesis-harness.jar");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port"}))
                .hasMessage("Missing value for option --port");
    }

    @Test
    void bad_values_name_the_option() {
        StringWriter err = new StringWriter();
        int code = Launcher.run(new String[] {"--port", "0", "--clock", "sometimes"}, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid value 'sometimes' for --clock");
    }

    @Test
    void help_lists_every_option_with_its_environment_variable() {
        StringWriter out = new StringWriter();
        assertThat(Launcher.run(new String[] {"--help"}, Map.of(), new PrintWriter(out), new PrintWriter(System.err)))
                .isZero();
        HarnessSettings.ALL.forEach(s -> assertThat(out.toString()).contains(s.flag()).contains(s.envVar()));
    }

    @Test
    void version_prints_the_build_version() {
        StringWriter out = new StringWriter();
        assertThat(Launcher.run(new String[] {"-V"}, Map.of(), new PrintWriter(out), new PrintWriter(System.err)))
                .isZero();
        assertThat(out.toString()).matches("Kinesis Harness \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\s*");
    }
}
