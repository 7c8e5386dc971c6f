package io.kinesisharness.samples.clicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's Firehose example is ClickDeliveryTest, from its annotation to its end: a change to either shows here. */
class ReadmeFirehoseTest {

    private static final Path SAMPLE = Path.of("src/test/java/io/kinesisharness/samples/clicks/ClickDeliveryTest.java");

    @Test
    void the_readme_firehose_example_is_the_sample_class_word_for_word() throws IOException {
        String sample = Files.readString(SAMPLE);
        String fromAnnotation = sample.substring(sample.indexOf("@KinesisHarnessTest")).strip();
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Amazon Data Firehose");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start)).strip();

        assertThat(block).isEqualTo(fromAnnotation);
    }
}
