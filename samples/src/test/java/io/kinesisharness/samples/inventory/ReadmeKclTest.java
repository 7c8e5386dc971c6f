package io.kinesisharness.samples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's KCL example is StockLevelsTest, from its annotation to its end: a change to either shows here. */
class ReadmeKclTest {

    private static final Path SAMPLE = Path.of("src/test/java/io/kinesisharness/samples/inventory/StockLevelsTest.java");

    @Test
    void the_readme_kcl_example_is_the_sample_class_word_for_word() throws IOException {
        String sample = Files.readString(SAMPLE);
        String fromAnnotation = sample.substring(sample.indexOf("@KinesisHarnessTest")).strip();
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Testing a KCL consumer");
        assertThat(section).as("README section").isPositive();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start)).strip();

        assertThat(block).isEqualTo(fromAnnotation);
    }
}
