package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log parsers against the SQL reference's examples and rules. */
class LogParsersTest {

    private static List<String> run(String code, String... lines) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new ApplicationCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("LOGENTRY"), List.of("VARCHAR(64)"))), () -> 0L, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((rowtime, row) -> out.add(
                Arrays.toString(Arrays.copyOfRange(row, 1, row.length))));
        for (String l : lines) {
            app.streams().get("SOURCE_SQL_STREAM_001").insert(0, new Object[] {l, 0L});
        }
        return out;
    }

    @Test
    void regex_log_parse_returns_the_capture_groups_as_columns_of_a_row() throws Exception {
        assertThat(run("""
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (sector VARCHAR(24), match1 VARCHAR(24), match2 VARCHAR(24));

                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM T.LOGENTRY, T.REC.COLUMN1, T.REC.COLUMN2
                    FROM
                         (SELECT STREAM LOGENTRY,
                             REGEX_LOG_PARSE(LOGENTRY, '.*([E].).*([R].*)') AS REC
                             FROM SOURCE_SQL_STREAM_001) AS T;
                """, "ENERGY", "TECHNOLOGY", "RETAIL")).containsExactly("[ENERGY, EN, RGY]",
                "[TECHNOLOGY, null, null]", "[RETAIL, null, null]");
    }

    @Test
    void variable_column_log_parse_splits_at_the_delimiter_with_escapes_quotes_types_and_formats() throws Exception {
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (A VARCHAR(8), B VARCHAR(8));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM T.R.COLUMN1, T.R.COLUMN2
                  FROM (SELECT STREAM VARIABLE_COLUMN_LOG_PARSE(LOGENTRY, 2, ',', '\\', '"') AS R
                        FROM SOURCE_SQL_STREAM_001) AS T;
                """, "a,b", "a\\,b", "\"x,y\",z", "solo")).containsExactly("[a, b]", "[a,b, null]", "[x,y, z]",
                "[solo, null]");
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (NAME VARCHAR(8), AT_TIME TIMESTAMP, N INTEGER);
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM T.R.NAME, T.R."at", T.R.N
                  FROM (SELECT STREAM VARIABLE_COLUMN_LOG_PARSE(LOGENTRY,
                          'NAME TYPE VARCHAR(8), "at" TYPE TIMESTAMP ''dd/MMM/yyyy:HH:mm:ss'', N TYPE INTEGER NOT NULL',
                          '|') AS R
                        FROM SOURCE_SQL_STREAM_001) AS T;
                """, "api|06/Dec/2026:10:00:00|7")).containsExactly("[api, "
                + Instant.parse("2026-12-06T10:00:00Z").toEpochMilli() + ", 7]");
    }
}
