package io.kinesisharness.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's option table is the user's reference: exactly the settings there are, in their order, each by its
 * flag and variable.
 */
class ReadmeDocumentsSettingsTest {

    @Test
    void readme_lists_every_setting_in_order_with_its_flag_and_environment_variable() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            if (line.startsWith("| `--")) {
                rows.add(line.substring(0, line.indexOf('|', line.indexOf('|', 1) + 1) + 1));
            }
        }
        List<String> expected = new ArrayList<>();
        for (Setting<?> s : HarnessSettings.ALL) {
            expected.add("| `" + s.flag() + "` | `" + s.envVar() + "` |");
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }
}
