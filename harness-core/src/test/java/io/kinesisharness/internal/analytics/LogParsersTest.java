package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log parsers against the SQL reference's examples and rules. */
class LogParsersTest {

    private static final long AT = Instant.parse("2026-12-06T10:00:00Z").toEpochMilli();

    /** The rows of DESTINATION_SQL_STREAM (without ROWTIME), then "error: …" for each row that failed. */
    private static List<String> run(String code, String... lines) throws Exception {
        return runAt(AT, code, lines);
    }

    private static List<String> runAt(long rowtime, String code, String... lines) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("LOGENTRY"), List.of("VARCHAR(256)"))), () -> 0L, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((t, row) -> out.add(
                Arrays.toString(Arrays.copyOfRange(row, 1, row.length))));
        List<String> errors = new ArrayList<>();
        app.streams().get("error_stream").subscribe((t, row) -> errors.add("error: " + row[4]));
        for (String l : lines) {
            app.streams().get("SOURCE_SQL_STREAM_001").insert(rowtime, new Object[] {l, rowtime});
        }
        out.addAll(errors);
        return out;
    }

    private static String fastRegex(String pattern) {
        return """
                CREATE STREAM "DESTINATION_SQL_STREAM" (C1 VARCHAR(32), C2 VARCHAR(32));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM t.r."COLUMN1", t.r."COLUMN2"
                  FROM (SELECT STREAM FAST_REGEX_LOG_PARSE(LOGENTRY, '%s') AS r FROM SOURCE_SQL_STREAM_001) AS t;
                """.formatted(pattern);
    }

    @Test
    void fast_regex_log_parse_matches_lazily_without_backtracking_as_the_reference_decomposes_it() throws Exception {
        // Example C: <Alpha> is fixed length, so it ends the search for the underscores.
        assertThat(run(fastRegex("(.*)_+(<Alpha>.*)"), "Mary____had_a_little_lamb"))
                .containsExactly("[Mary, had_a_little_lamb]");
        // Example A: "_+" takes the first underscore and cannot give it back: the text is not accounted for.
        assertThat(run(fastRegex("(.*)_+(._.*)"), "Mary_had_a_little_lamb")).singleElement().asString()
                .startsWith("error: FAST_REGEX_LOG_PARSE could not parse 'Mary_had_a_little_lamb'");
        // The first example: the searches are (.*)_(._ then .*)_ then .* , each as short as it can be. The page
        // prints COLUMN2 as a_little_lamb, which its own pattern cannot give (the final _.* needs an underscore);
        // its note (without the final asterisk there is no result) and COLUMN1 agree with the algorithm.
        assertThat(run(fastRegex("(.*)_(._.*)_.*"), "Mary_had_a_little_lamb"))
                .containsExactly("[Mary_had, a_little]");
        assertThat(run(fastRegex("(.*)_(._.*)_."), "Mary_had_a_little_lamb")).singleElement().asString()
                .startsWith("error:");
        // Example B: (.*)_ then _*(.*), which has no delimiter and so takes the rest, underscores first, as the
        // page's table and its explanation show. (Its sentence that the '+' is superfluous cannot hold: without it
        // the underscores stay in COLUMN2.)
        assertThat(run(fastRegex("(.*)_+(.*)"), "Mary____had_a_little_lamb"))
                .containsExactly("[Mary, had_a_little_lamb]");
        assertThat(run(fastRegex("(.*)_(.*)"), "Mary____had_a_little_lamb"))
                .containsExactly("[Mary, ___had_a_little_lamb]");
    }

    @Test
    void fast_regex_reads_literal_strings_named_classes_and_repetitions() throws Exception {
        assertThat(run(fastRegex("(<Digit>{1,3}\\.<Digit>+)\" - \"(@)"), "10.5 - GET /", "x - y"))
                .containsExactly("[10.5, GET /]", "error: FAST_REGEX_LOG_PARSE could not parse 'x - y'");
        assertThat(run(fastRegex("\\[([^\\]]*)\\] ([A-Z]+|-)"), "[12:00] WARN", "[12:00] -"))
                .containsExactly("[12:00, WARN]", "[12:00, -]");
        assertThatThrownBy(() -> run(fastRegex("(a&b)(.*)"), "x")).isInstanceOf(SqlCodeException.class)
                .hasMessageContaining("does not run intersections");
        assertThatThrownBy(() -> run(fastRegex("(<1-100>)(.*)"), "x")).isInstanceOf(SqlCodeException.class)
                .hasMessageContaining("does not run numerical intervals");
    }

    @Test
    void fixed_column_log_parse_cuts_typed_columns_at_their_positions() throws Exception {
        String code = """
                CREATE STREAM "DESTINATION_SQL_STREAM" (A INTEGER, B BOOLEAN, C DECIMAL(5,2), D TIMESTAMP);
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM t.r.a, t.r.b, t.r.c, t.r.d
                  FROM (SELECT STREAM FIXED_COLUMN_LOG_PARSE(LOGENTRY,
                          'a TYPE Integer START 0 FOR 3, b TYPE boolean START 4 FOR 6, c TYPE numeric(5,2) START 10 FOR 9,
                           d TYPE TIMESTAMP ''dd/MMM/yyyy:HH:mm:ss'' START 19') AS r
                        FROM SOURCE_SQL_STREAM_001) AS t;
                """;
        // The SQLstream reference's second example, with a time appended.
        assertThat(run(code, "  1   true 423.345 06/Dec/2026:10:00:00", "  x   true 1 -"))
                .containsExactly("[1, true, 423.35, " + AT + "]", "error: Cannot convert 'x' to INTEGER");
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (A INTEGER, B BOOLEAN);
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM t.r.a, t.r.b FROM (SELECT STREAM
                    FIXED_COLUMN_LOG_PARSE(LOGENTRY, 'a TYPE Integer START 0 FOR 3, b TYPE boolean START 4') AS r
                  FROM SOURCE_SQL_STREAM_001) AS t;
                """, "  1   true")).as("the SQLstream reference's first example").containsExactly("[1, true]");
    }

    @Test
    void w3c_log_parse_reads_the_common_format_as_the_reference_prints_it() throws Exception {
        String code = """
                CREATE STREAM "DESTINATION_SQL_STREAM" (C1 VARCHAR(16), C2 VARCHAR(4), C3 VARCHAR(8), C4 VARCHAR(32),
                  C5 VARCHAR(64), C6 VARCHAR(4), C7 VARCHAR(8));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM l.r.COLUMN1, l.r.COLUMN2, l.r.COLUMN3, l.r.COLUMN4, l.r.COLUMN5, l.r.COLUMN6,
                        l.r.COLUMN7
                    FROM (SELECT STREAM W3C_LOG_PARSE(LOGENTRY, '%s') FROM SOURCE_SQL_STREAM_001) AS l(r);
                """;
        String john = "192.168.254.30 - John [24/May/2004:22:01:02 -0700] \"GET /icons/apache_pb.gif HTTP/1.1\" 304 0";
        String jane = "192.168.254.30 - Jane [24/May/2004:22:01:02 -0700] \"GET /icons/small/dir.gif HTTP/1.1\" 304 0";
        assertThat(run(code.formatted("COMMON"), john, jane)).containsExactly(
                "[192.168.254.30, -, John, [24/May/2004:22:01:02 -0700], GET /icons/apache_pb.gif HTTP/1.1, 304, 0]",
                "[192.168.254.30, -, Jane, [24/May/2004:22:01:02 -0700], GET /icons/small/dir.gif HTTP/1.1, 304, 0]");
        // The same by its specifiers; with [%t] the brackets are the format's, not the column's.
        assertThat(run(code.formatted("%h %l %u [%t] \\\"%r\\\" %>s %b"), john)).containsExactly(
                "[192.168.254.30, -, John, 24/May/2004:22:01:02 -0700, GET /icons/apache_pb.gif HTTP/1.1, 304, 0]");
        assertThat(run(code.formatted("COMMON"), "not a log line")).singleElement().asString()
                .startsWith("error: W3C_LOG_PARSE could not parse");
    }

    @Test
    void w3c_log_parse_knows_the_other_predefined_formats_and_refuses_what_it_cannot_read() throws Exception {
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (REFERER VARCHAR(64), AGENT VARCHAR(64), BYTES VARCHAR(8));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM l.r.COLUMN8, l.r.COLUMN9, l.r.COLUMN7
                    FROM (SELECT STREAM W3C_LOG_PARSE(LOGENTRY, 'NCSA EXTENDED') FROM SOURCE_SQL_STREAM_001) AS l(r);
                """, "10.0.0.1 - - [06/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 - \"https://example.com/a b\""
                + " \"curl/8.5\"")).containsExactly("[https://example.com/a b, curl/8.5, -]");
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (REFERER VARCHAR(64), URL VARCHAR(64));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM l.r.COLUMN1, l.r.COLUMN2
                    FROM (SELECT STREAM W3C_LOG_PARSE(LOGENTRY, 'REFERER') FROM SOURCE_SQL_STREAM_001) AS l(r);
                """, "https://example.com/ ---> /index.html")).containsExactly("[https://example.com/, /index.html]");
        assertThatThrownBy(() -> run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (A VARCHAR(8));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM l.r.COLUMN1
                    FROM (SELECT STREAM W3C_LOG_PARSE(LOGENTRY, 'IIS') FROM SOURCE_SQL_STREAM_001) AS l(r);
                """, "x")).isInstanceOf(SqlCodeException.class).hasMessageContaining("IIS format is not run here");
    }

    @Test
    void sys_log_parse_gives_the_timestamp_in_the_rows_year_and_the_rest_of_the_line() throws Exception {
        String code = """
                CREATE STREAM "DESTINATION_SQL_STREAM" (AT_TIME TIMESTAMP, MESSAGE VARCHAR(64));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM l.r.COLUMN1, l.r.COLUMN2
                    FROM (SELECT STREAM SYS_LOG_PARSE(LOGENTRY) FROM SOURCE_SQL_STREAM_001) AS l(r);
                """;
        assertThat(run(code, "Dec  6 09:59:58 web01 sshd[4242]: Accepted publickey for deploy", "no timestamp"))
                .containsExactly("[" + Instant.parse("2026-12-06T09:59:58Z").toEpochMilli()
                        + ", web01 sshd[4242]: Accepted publickey for deploy]",
                        "error: SYS_LOG_PARSE could not parse 'no timestamp'");
        assertThat(runAt(Instant.parse("2027-01-01T00:00:05Z").toEpochMilli(), code, "Dec 31 23:59:59 h m"))
                .as("a December line read in January is last year's")
                .containsExactly("[" + Instant.parse("2026-12-31T23:59:59Z").toEpochMilli() + ", h m]");
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

    @Test
    void bad_or_huge_input_fails_only_its_row() throws Exception {
        String w3c = """
                CREATE STREAM "DESTINATION_SQL_STREAM" (REQUEST VARCHAR(16));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM l.r.COLUMN5
                    FROM (SELECT STREAM W3C_LOG_PARSE(LOGENTRY, 'COMMON') FROM SOURCE_SQL_STREAM_001) AS l(r);
                """;
        CompiledApplication app = ApplicationCompiler.compile(w3c, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("LOGENTRY"), List.of("VARCHAR(100000)"))), () -> 0L, end -> { });
        List<Object> out = new ArrayList<>();
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((t, row) -> out.add(row[1]));
        String longRequest = "GET /?q=" + "x".repeat(50_000) + " HTTP/1.1";
        app.streams().get("SOURCE_SQL_STREAM_001").insert(AT, new Object[] {
            "1.2.3.4 - - [06/Dec/2026:10:00:00 +0000] \"" + longRequest + "\" 200 1", AT});
        assertThat(out).as("a 50,000-character quoted request").containsExactly("GET /?q=xxxxxxxx");
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (A VARCHAR(8));
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM T.R.COLUMN1 FROM (SELECT STREAM VARIABLE_COLUMN_LOG_PARSE(LOGENTRY, 2, '') AS R
                        FROM SOURCE_SQL_STREAM_001) AS T;
                """, "a,b")).containsExactly("error: VARIABLE_COLUMN_LOG_PARSE needs a delimiter, not ''");
        // A class holding ')' inside a quantified group reads as one (no delimiter: one expression for the line).
        assertThat(run(fastRegex("([^)]+)?(.*)"), "ab)c")).containsExactly("[ab, )c]");
    }
}
