package io.kinesisharness.internal.firehose.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Supplier;
import net.thisptr.jackson.jq.Function;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * jq 1.6's date functions that jackson-jq leaves out ({@code gmtime}, {@code mktime}, {@code strftime},
 * {@code todate}, {@code fromdate}, {@code date}), which AWS's partitioning examples use
 * ({@code .event_timestamp|strftime("%Y")}); and {@code now} read from the harness clock, not the machine's. Times
 * are UTC, as Firehose evaluates them. Broken-down times are jq 1.6's arrays: seconds, minutes, hours, day of month,
 * month (0–11), full year, day of week (0 = Sunday), day of year (0-based).
 */
final class JqTime {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JqTime() {
    }

    static void install(Scope scope, Supplier<Instant> clock) {
        scope.addFunction("now", 0, (Function) (s, args, in, path, out, version) -> out.emit(
                DoubleNode.valueOf(clock.get().toEpochMilli() / 1000.0), null));
        scope.addFunction("gmtime", 0, (Function) (s, args, in, path, out, version) -> out.emit(gmtime(in), null));
        scope.addFunction("mktime", 0, (Function) (s, args, in, path, out, version) -> out.emit(
                LongNode.valueOf(toInstant(in, "mktime").getEpochSecond()), null));
        scope.addFunction("strftime", 1, (Function) (s, args, in, path, out, version) -> args.get(0).apply(s, in,
                fmt -> {
                    if (!fmt.isTextual()) {
                        throw new JsonQueryException("strftime/1 requires a string format");
                    }
                    out.emit(TextNode.valueOf(strftime(fmt.asText(), toInstant(in, "strftime/1"))), null);
                }));
        Function todate = (s, args, in, path, out, version) -> out.emit(
                TextNode.valueOf(strftime("%Y-%m-%dT%H:%M:%SZ", toInstant(in, "strftime/1"))), null);
        scope.addFunction("todate", 0, todate);
        scope.addFunction("date", 0, todate);
        scope.addFunction("fromdate", 0, (Function) (s, args, in, path, out, version) -> {
            if (!in.isTextual()) {
                throw new JsonQueryException("strptime/1 requires string inputs and arguments");
            }
            try {
                out.emit(LongNode.valueOf(Instant.parse(in.asText()).getEpochSecond()), null);
            } catch (RuntimeException e) {
                throw new JsonQueryException("date \"" + in.asText()
                        + "\" does not match format \"%Y-%m-%dT%H:%M:%SZ\"");
            }
        });
    }

    private static JsonNode gmtime(JsonNode in) throws JsonQueryException {
        if (!in.isNumber()) {
            throw new JsonQueryException("gmtime() requires a number");
        }
        double seconds = in.asDouble();
        ZonedDateTime t = Instant.ofEpochMilli((long) Math.floor(seconds * 1000)).atZone(ZoneOffset.UTC);
        ArrayNode a = NODES.arrayNode();
        a.add(t.getSecond() + (seconds - Math.floor(seconds)));
        a.add(t.getMinute()).add(t.getHour()).add(t.getDayOfMonth()).add(t.getMonthValue() - 1).add(t.getYear())
                .add(t.getDayOfWeek().getValue() % 7).add(t.getDayOfYear() - 1);
        return a;
    }

    private static Instant toInstant(JsonNode in, String function) throws JsonQueryException {
        if (in.isNumber()) {
            return Instant.ofEpochMilli((long) Math.floor(in.asDouble() * 1000));
        }
        if (!in.isArray() || in.size() < 6) {
            throw new JsonQueryException(function + " requires parsed datetime inputs");
        }
        for (JsonNode n : in) {
            if (!n.isNumber()) {
                throw new JsonQueryException(function + " requires parsed datetime inputs");
            }
        }
        return ZonedDateTime.of(in.get(5).asInt(), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                .plusMonths(in.get(4).asInt()).plusDays(in.get(3).asInt() - 1L).plusHours(in.get(2).asInt())
                .plusMinutes(in.get(1).asInt()).plusSeconds((long) in.get(0).asDouble()).toInstant();
    }

    /** C's strftime for the conversions jq users write, in the C locale and UTC. */
    static String strftime(String format, Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char f = format.charAt(++i);
            switch (f) {
                case 'Y' -> out.append(t.getYear());
                case 'C' -> out.append(two(t.getYear() / 100));
                case 'y' -> out.append(two(t.getYear() % 100));
                case 'm' -> out.append(two(t.getMonthValue()));
                case 'd' -> out.append(two(t.getDayOfMonth()));
                case 'e' -> out.append(t.getDayOfMonth() < 10 ? " " + t.getDayOfMonth() : t.getDayOfMonth());
                case 'H' -> out.append(two(t.getHour()));
                case 'I' -> out.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'M' -> out.append(two(t.getMinute()));
                case 'S' -> out.append(two(t.getSecond()));
                case 'j' -> out.append(String.format(Locale.ROOT, "%03d", t.getDayOfYear()));
                case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT));
                case 'A' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT));
                case 'b', 'h' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT));
                case 'B' -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT));
                case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
                case 'u' -> out.append(t.getDayOfWeek().getValue());
                case 'w' -> out.append(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
                case 's' -> out.append(t.toEpochSecond());
                case 'Z' -> out.append("UTC");
                case 'z' -> out.append("+0000");
                case 'F' -> out.append(t.getYear()).append('-').append(two(t.getMonthValue())).append('-')
                        .append(two(t.getDayOfMonth()));
                case 'T' -> out.append(two(t.getHour())).append(':').append(two(t.getMinute())).append(':')
                        .append(two(t.getSecond()));
                case 'R' -> out.append(two(t.getHour())).append(':').append(two(t.getMinute()));
                case 'D' -> out.append(two(t.getMonthValue())).append('/').append(two(t.getDayOfMonth())).append('/')
                        .append(two(t.getYear() % 100));
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '%' -> out.append('%');
                default -> out.append('%').append(f);
            }
        }
        return out.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
