package io.kinesisharness.samples.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's Firehose processing example is LogPipelineTest, from its annotation to its end. */
class ReadmeLogPipelineTest {

    private static final Path SAMPLE = Path.of("src/test/java/io/kinesisharness/samples/logs/LogPipelineTest.java");

    @Test
    void the_readme_processing_example_is_the_sample_class_word_for_word() throws IOException {
        String sample = Files.readString(SAMPLE);
        String fromAnnotation = sample.substring(sample.indexOf("@KinesisHarnessTest")).strip();
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("### Processing: Lambda transformations");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start)).strip();

        assertThat(block).isEqualTo(fromAnnotation);
    }
}
