package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JOIN reference's stream-to-stream examples: the same orders and shipments, arriving as its tables show
 * (order 100 late), through each of its six joins; what is emitted, when, and with which ROWTIME.
 */
class StreamJoinTest {

    private static long at(String time) {
        return LocalDateTime.parse("2026-12-06T" + time).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String time(Object millis) {
        return millis == null ? "null" : Values.timestampText((Long) millis).substring(11, 19);
    }

    /** The reference's arrivals, in its tables' order: [stream, time, orderid]. */
    private static final String[][] ARRIVALS = {{"O", "10:00:00", "101"}, {"S", "10:00:00", "100"},
        {"O", "10:00:20", "102"}, {"O", "10:00:30", "103"}, {"O", "10:00:40", "104"}, {"S", "10:00:45", "104"},
        {"O", "10:00:45", "100"}, {"S", "10:00:50", "105"}};

    private static List<String> run(String select) throws Exception {
        String code = "CREATE OR REPLACE STREAM \"OUTPUT_STREAM\" (\"resultrowtime\" timestamp, \"orderid\" int, "
                + "\"shipmenttime\" timestamp, \"ordertime\" timestamp);\n"
                + "CREATE OR REPLACE PUMP \"OUTPUT_STREAM_PUMP\" AS INSERT INTO \"OUTPUT_STREAM\"\n" + select;
        List<Long> wakes = new ArrayList<>();
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(
                new SqlCompiler.InputStream("ORDERS_STREAM", List.of("orderid"), List.of("INT")),
                new SqlCompiler.InputStream("SHIPMENTS_STREAM", List.of("orderid"), List.of("INT"))),
                () -> 0L, wakes::add);
        List<String> out = new ArrayList<>();
        app.streams().get("OUTPUT_STREAM").subscribe((rowtime, row) -> out.add(time(rowtime) + " " + time(row[1])
                + " " + row[2] + " ship " + time(row[3]) + " order " + time(row[4])));
        for (String[] a : ARRIVALS) {
            long t = at(a[1]);
            app.advance(t);
            app.streams().get(a[0].equals("O") ? "ORDERS_STREAM" : "SHIPMENTS_STREAM")
                    .insert(t, new Object[] {Long.parseLong(a[2]), t});
        }
        for (long w : wakes.stream().sorted().toList()) {
            app.advance(w);
        }
        return out;
    }

    private static final String COLUMNS = "  SELECT STREAM ROWTIME as \"resultrowtime\", s.\"orderid\", "
            + "s.rowtime as \"shipmenttime\", o.ROWTIME as \"ordertime\"\n";

    @Test
    void example_1_a_window_on_the_orders_only() throws Exception {
        assertThat(run(COLUMNS + """
                    FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      JOIN SHIPMENTS_STREAM AS s
                        ON o."orderid" = s."orderid";
                """)).containsExactly("10:00:45 10:00:45 104 ship 10:00:45 order 10:00:40");
    }

    @Test
    void example_2_windows_on_both_sides_catch_the_late_order() throws Exception {
        assertThat(run(COLUMNS + """
                    FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      JOIN SHIPMENTS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS s
                        ON o."orderid" = s."orderid";
                """)).containsExactly("10:00:45 10:00:45 104 ship 10:00:45 order 10:00:40",
                "10:00:45 10:00:45 100 ship 10:00:00 order 10:00:45");
    }

    @Test
    void example_3_a_right_join_without_a_shipments_window_emits_unmatched_shipments_at_once() throws Exception {
        assertThat(run("""
                  SELECT STREAM ROWTIME as "resultrowtime", s."orderid", s.ROWTIME as "shipmenttime", o.ROWTIME as "ordertime"
                    FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      RIGHT JOIN SHIPMENTS_STREAM AS s
                        ON o."orderid" = s."orderid";
                """)).containsExactly("10:00:00 10:00:00 100 ship 10:00:00 order null",
                "10:00:45 10:00:45 104 ship 10:00:45 order 10:00:40",
                "10:00:50 10:00:50 105 ship 10:00:50 order null");
    }

    @Test
    void example_4_a_right_join_with_both_windows_waits_for_the_shipments_window_to_end() throws Exception {
        // The reference's table shows shipmenttime and ordertime swapped for the matched rows; these are the rows'.
        assertThat(run(COLUMNS + """
                    FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      RIGHT JOIN SHIPMENTS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS s
                        ON o."orderid" = s."orderid";
                """)).containsExactly("10:00:45 10:00:45 104 ship 10:00:45 order 10:00:40",
                "10:00:45 10:00:45 100 ship 10:00:00 order 10:00:45",
                "10:01:50 10:01:50 105 ship 10:00:50 order null");
    }

    @Test
    void examples_5_and_6_a_left_join_emits_unmatched_orders_when_their_window_ends() throws Exception {
        // As the reference's text says (the tables also list matched orders at their windows' ends).
        String select = """
                  SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime", o.ROWTIME as "ordertime"
                    FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      LEFT JOIN SHIPMENTS_STREAM %s AS s
                        ON o."orderid" = s."orderid";
                """;
        assertThat(run(select.formatted(""))).containsExactly(
                "10:00:45 10:00:45 104 ship 10:00:45 order 10:00:40",
                "10:01:00 10:01:00 101 ship null order 10:00:00", "10:01:20 10:01:20 102 ship null order 10:00:20",
                "10:01:30 10:01:30 103 ship null order 10:00:30", "10:01:45 10:01:45 100 ship null order 10:00:45");
        assertThat(run(select.formatted("OVER (RANGE INTERVAL '1' MINUTE PRECEDING)"))).containsExactly(
                "10:00:45 10:00:45 104 ship 10:00:45 order 10:00:40",
                "10:00:45 10:00:45 100 ship 10:00:00 order 10:00:45",
                "10:01:00 10:01:00 101 ship null order 10:00:00", "10:01:20 10:01:20 102 ship null order 10:00:20",
                "10:01:30 10:01:30 103 ship null order 10:00:30");
    }

    @Test
    void a_joined_streams_window_may_be_named_in_the_window_clause_and_ordered_by_rowtime() throws Exception {
        List<String> inline = run("""
                  SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime", o.ROWTIME as "ordertime"
                    FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      LEFT JOIN SHIPMENTS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS s
                        ON o."orderid" = s."orderid";
                """);
        assertThat(inline).hasSize(5);
        assertThat(run("""
                  SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime", o.ROWTIME as "ordertime"
                    FROM ORDERS_STREAM OVER lastMinute AS o
                      LEFT JOIN SHIPMENTS_STREAM OVER (ORDER BY SHIPMENTS_STREAM.ROWTIME RANGE INTERVAL '1' MINUTE PRECEDING) AS s
                        ON o."orderid" = s."orderid"
                    WINDOW lastMinute AS (RANGE INTERVAL '1' MINUTE PRECEDING);
                """)).isEqualTo(inline);
        assertThat(run("""
                  SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime", o.ROWTIME as "ordertime"
                    FROM ORDERS_STREAM OVER w1 AS o
                      LEFT JOIN SHIPMENTS_STREAM OVER w2 AS s
                        ON o."orderid" = s."orderid"
                    WINDOW w1 AS (RANGE INTERVAL '1' MINUTE PRECEDING), w2 AS (RANGE INTERVAL '60' SECOND PRECEDING);
                """)).isEqualTo(inline);
        // Definitions for the joins and for an analytic function in one clause: only the joins' are blanked.
        assertThat(run("""
                  SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime",
                         MIN(o.ROWTIME) OVER w0 as "ordertime"
                    FROM ORDERS_STREAM OVER w1 AS o
                      LEFT JOIN SHIPMENTS_STREAM OVER w2 AS s
                        ON o."orderid" = s."orderid"
                    WINDOW w0 AS (ORDER BY o.ROWTIME ROWS CURRENT ROW), w1 AS (RANGE INTERVAL '1' MINUTE PRECEDING),
                           w2 AS (RANGE INTERVAL '60' SECOND PRECEDING);
                """)).hasSize(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("""
                  SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime", o.ROWTIME as "ordertime"
                    FROM ORDERS_STREAM OVER (PARTITION BY "orderid" RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                      JOIN SHIPMENTS_STREAM AS s ON o."orderid" = s."orderid";
                """)).hasMessageContaining("A windowed join cannot use a partitioned window");
    }
}
