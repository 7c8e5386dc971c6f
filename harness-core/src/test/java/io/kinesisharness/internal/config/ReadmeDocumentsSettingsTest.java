package io.kinesisharness.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's option table is the user's reference: every setting must be in it, by flag and variable. */
class ReadmeDocumentsSettingsTest {

    @Test
    void readme_lists_every_setting_with_its_flag_and_environment_variable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (Setting<?> s : HarnessSettings.ALL) {
            assertThat(readme).as("README documents %s", s.flag())
                    .contains("| `" + s.flag() + "` | `" + s.envVar() + "` |");
        }
    }
}
