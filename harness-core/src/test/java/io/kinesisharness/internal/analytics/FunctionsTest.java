package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scalar functions against the SQL reference's examples, each evaluated by a pump over one row. */
class FunctionsTest {

    /** The value of {@code expression} (a TIMESTAMP, as text) for a row whose column S holds {@code s}. */
    private static String timestamp(String expression, String s) throws Exception {
        return timestampAt(java.time.Instant.parse("2026-12-06T10:00:00Z").toEpochMilli(), expression, s);
    }

    /** The same for an application whose query starts at {@code now} on the harness clock. */
    private static String timestampAt(long now, String expression, String s) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("CREATE STREAM \"OUT\" (V TIMESTAMP);\n"
                + "CREATE PUMP \"P\" AS INSERT INTO \"OUT\" SELECT STREAM " + expression + " FROM IN_S;",
                List.of(new SqlCompiler.InputStream("IN_S", List.of("S"), List.of("VARCHAR(64)"))),
                () -> now, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("OUT").subscribe((rowtime, row) -> out.add(row[1] == null ? "null"
                : Values.timestampText((Long) row[1]).replace(".000", "")));
        List<String> errors = new ArrayList<>();
        app.streams().get("error_stream").subscribe((rowtime, row) -> errors.add("error: " + row[4]));
        app.streams().get("IN_S").insert(1_000L, new Object[] {s, 1_000L});
        out.addAll(errors);
        return String.join(",", out);
    }

    @Test
    void char_to_timestamp_reads_the_templates_of_the_reference() throws Exception {
        assertThat(timestamp("CHAR_TO_TIMESTAMP('yyyy-MM-dd', S)", "2009-09-16 03:15:24"))
                .isEqualTo("2009-09-16 00:00:00");
        assertThat(timestamp("CHAR_TO_TIMESTAMP('MM/dd/yy hh:mm:ss', S)", "09/16/11 03:15:24"))
                .isEqualTo("2011-09-16 03:15:24");
        assertThat(timestamp("CHAR_TO_TIMESTAMP('yyyy', S)", "09-16 03:15")).isEqualTo("0009-01-01 00:00:00");
        assertThat(timestamp("CHAR_TO_TIMESTAMP('yyyy-hh-mm', S)", "2009-09-16 03:15:24"))
                .isEqualTo("2009-01-01 09:16:00");
        assertThat(timestamp("CHAR_TO_TIMESTAMP('yyyy-mm', S)", "2009-09-16 03:15:24"))
                .isEqualTo("2009-01-01 00:09:00");
        // A two-digit year falls in the century starting 80 years before the query started on the harness
        // clock, not on the host's.
        assertThat(timestamp("CHAR_TO_TIMESTAMP('yy-MM-dd', S)", "30-01-01")).isEqualTo("2030-01-01 00:00:00");
        assertThat(timestampAt(0, "CHAR_TO_TIMESTAMP('yy-MM-dd', S)", "30-01-01")).isEqualTo("1930-01-01 00:00:00");
        assertThat(timestamp("CHAR_TO_TIMESTAMP('MM/dd/yy hh:mm:ss', S)", "2009/09/16 03:15:24"))
                .as("no result: the row fails").startsWith("error:");
    }

    @Test
    void timestamps_print_step_and_convert() throws Exception {
        assertThat(timestamp("CHAR_TO_TIMESTAMP('yyyy-MM-dd HH:mm:ss', TIMESTAMP_TO_CHAR('yyyy-MM-dd HH:mm:ss', "
                + "TIMESTAMP '2026-12-06 09:30:45'))", "x")).isEqualTo("2026-12-06 09:30:45");
        assertThat(timestamp("STEP(TIMESTAMP '2026-12-06 09:30:45' BY INTERVAL '15' MINUTE)", "x"))
                .isEqualTo("2026-12-06 09:30:00");
        assertThat(timestamp("TO_TIMESTAMP(UNIX_TIMESTAMP(TIMESTAMP '2026-12-06 09:30:45') + 1000)", "x"))
                .isEqualTo("2026-12-06 09:30:46");
        assertThat(timestamp("FLOOR(TIMESTAMP '2026-12-06 09:30:45' TO HOUR) + INTERVAL '90' SECOND", "x"))
                .isEqualTo("2026-12-06 09:01:30");
    }

    /** The value of {@code expression} (as VARCHAR) for a row whose column S holds {@code s}. */
    private static String text(String expression, String s) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("CREATE STREAM \"OUT\" (V VARCHAR(64));\n"
                + "CREATE PUMP \"P\" AS INSERT INTO \"OUT\" SELECT STREAM " + expression + " FROM IN_S;",
                List.of(new SqlCompiler.InputStream("IN_S", List.of("S"), List.of("VARCHAR(64)"))),
                () -> 0L, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("OUT").subscribe((rowtime, row) -> out.add(String.valueOf(row[1])));
        app.streams().get("IN_S").insert(1_000L, new Object[] {s, 1_000L});
        return String.join(",", out);
    }

    @Test
    void string_functions_of_the_reference() throws Exception {
        assertThat(text("OVERLAY(S PLACING 'hom' FROM 2 FOR 4)", "Txxxxas")).isEqualTo("Thomas");
        assertThat(text("OVERLAY(S PLACING 'ie' FROM 5)", "Jack")).isEqualTo("Jackie");
        assertThat(text("INITCAP(S)", "the quick BROWN fox")).isEqualTo("The Quick Brown Fox");
        assertThat(text("CAST(POSITION('um' IN S) AS VARCHAR(4))", "Autumn")).isEqualTo("4");
        assertThat(text("SUBSTRING(S FROM 2 FOR 3)", "Autumn")).isEqualTo("utu");
        assertThat(text("TRIM(LEADING 'x' FROM S) || '|' || TRIM(BOTH FROM '  a  ')", "xxab")).isEqualTo("ab|a");
        assertThat(text("REGEX_REPLACE(S, 'a(.)', 'b$1', 1, 0)", "banana")).isEqualTo("bbnbna");
        assertThat(text("CASE WHEN S SIMILAR TO '(ab|cd)+' AND S LIKE 'a%' THEN 'yes' ELSE 'no' END", "abcdab"))
                .isEqualTo("yes");
    }
}
