package io.kinesisharness.samples.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's Kinesis Data Analytics example is BusyTickersTest and its SQL file, word for word. */
class ReadmeAnalyticsTest {

    private static final Path SAMPLE = Path.of(
            "src/test/java/io/kinesisharness/samples/analytics/BusyTickersTest.java");
    private static final Path SQL = Path.of("src/main/resources/kda/busy-tickers.sql");

    @Test
    void the_readme_analytics_example_is_the_sample_word_for_word() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Kinesis Data Analytics for SQL");
        int sqlStart = readme.indexOf("```sql\n", section) + "```sql\n".length();
        assertThat(readme.substring(sqlStart, readme.indexOf("```", sqlStart)).strip())
                .isEqualTo(Files.readString(SQL).strip());

        String sample = Files.readString(SAMPLE);
        int javaStart = readme.indexOf("```java\n", section) + "```java\n".length();
        assertThat(readme.substring(javaStart, readme.indexOf("```", javaStart)).strip())
                .isEqualTo(sample.substring(sample.indexOf("@KinesisHarnessTest")).strip());
    }
}
