package io.kinesisharness.internal.analytics.engine.logs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SYS_LOG_PARSE: a syslog line ({@code Mon DD HH:MM:SS server message}, RFC 3164) as COLUMN1, its TIMESTAMP, and
 * COLUMN2, the free text after it (the server's name included, as the reference's two columns leave no other
 * place for it). The line has no year: it is the year of the row's ROWTIME, or the one before when that would
 * put the line more than a day after the row (a December line read in January), as syslog receivers do.
 */
public final class SysLog {

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    private static final Pattern LINE = Pattern.compile(
            "([A-Z][a-z]{2}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) ?(.*)", Pattern.DOTALL);

    private SysLog() {
    }

    /** {timestamp millis, text}, or null when the line does not start with a syslog timestamp. */
    public static Object[] parse(String line, long rowtime) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(1)) + 1;
        int day = Integer.parseInt(m.group(2));
        int hour = Integer.parseInt(m.group(3));
        int minute = Integer.parseInt(m.group(4));
        int second = Integer.parseInt(m.group(5));
        if (month == 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            return null;
        }
        int year = LocalDateTime.ofEpochSecond(Math.floorDiv(rowtime, 1000), 0, ZoneOffset.UTC).getYear();
        Long at = at(year, month, day, hour, minute, second);
        if (at == null || at > rowtime + 86_400_000L) {
            at = at(year - 1, month, day, hour, minute, second);
        }
        return at == null ? null : new Object[] {at, m.group(6)};
    }

    private static Long at(int year, int month, int day, int hour, int minute, int second) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59)).toInstant(ZoneOffset.UTC)
                    .toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
