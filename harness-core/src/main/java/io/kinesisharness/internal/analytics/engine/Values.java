package io.kinesisharness.internal.analytics.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The engine's values and their conversions. Exact integers are Long, DECIMAL BigDecimal, approximate numbers
 * Double, characters String, binaries byte[], BOOLEAN Boolean; TIMESTAMP is epoch milliseconds (UTC, as KDA runs
 * everything in UTC), DATE epoch days, TIME milliseconds of the day, day-time intervals milliseconds; null is SQL's
 * NULL. Conversions that fail raise {@link RowError}, which sends the row to {@code error_stream}.
 */
public final class Values {

    /** How timestamps are read from text: {@code 1992-02-14 18:35:44.0}, a {@code T}, a trailing {@code Z}. */
    private static final DateTimeFormatter TIMESTAMP_IN = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd").optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
            .optionalStart().appendLiteral('Z').optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
            Locale.ROOT);

    private Values() {
    }

    /** {@code value} as a value of {@code type}, as CAST and assignment to a column convert it. */
    public static Object cast(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        String t = type.name();
        try {
            switch (t) {
                case "BOOLEAN":
                    return toBoolean(value);
                case "TINYINT", "SMALLINT", "INTEGER", "BIGINT":
                    return toLong(value, t);
                case "DECIMAL":
                    BigDecimal d = toDecimal(value);
                    return type.scale() >= 0 ? d.setScale(type.scale(), RoundingMode.HALF_UP) : d;
                case "DOUBLE", "REAL", "FLOAT":
                    return toDouble(value);
                case "CHAR", "VARCHAR":
                    String s = toText(value);
                    if (type.precision() > 0 && s.length() > type.precision()) {
                        s = s.substring(0, type.precision());
                    }
                    if (t.equals("CHAR") && type.precision() > 0 && s.length() < type.precision()) {
                        s = s + " ".repeat(type.precision() - s.length());
                    }
                    return s;
                case "BINARY", "VARBINARY":
                    return value instanceof byte[] b ? b : toText(value).getBytes(StandardCharsets.UTF_8);
                case "TIMESTAMP":
                    return toTimestamp(value);
                case "DATE":
                    if (value instanceof String s2) {
                        return LocalDate.parse(s2.trim()).toEpochDay();
                    }
                    return Math.floorDiv(toTimestamp(value), 86_400_000L);
                case "TIME":
                    if (value instanceof String s3) {
                        return (long) (LocalTime.parse(s3.trim()).toNanoOfDay() / 1_000_000L);
                    }
                    return Math.floorMod(toTimestamp(value), 86_400_000L);
                default:
                    if (type.isInterval() && value instanceof Number n) {
                        return n.longValue();
                    }
                    return value;
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new RowError("SQL_CONVERSION_ERROR", "Cannot convert '" + text(value) + "' to " + type.sql());
        }
    }

    private static Boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        throw new NumberFormatException(s);
    }

    private static long toLong(Object v, String type) {
        long l;
        if (v instanceof Long x) {
            l = x;
        } else if (v instanceof Boolean b) {
            l = b ? 1 : 0;
        } else if (v instanceof Double x) {
            if (x.isNaN() || x.isInfinite()) {
                throw new ArithmeticException();
            }
            l = (long) (double) x;
        } else if (v instanceof BigDecimal x) {
            l = x.setScale(0, RoundingMode.DOWN).longValueExact();
        } else if (v instanceof Number n) {
            l = n.longValue();
        } else {
            l = new BigDecimal(v.toString().trim()).setScale(0, RoundingMode.DOWN).longValueExact();
        }
        long min;
        long max;
        switch (type) {
            case "TINYINT" -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case "SMALLINT" -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case "INTEGER" -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            default -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
        }
        if (l < min || l > max) {
            throw new ArithmeticException("overflow");
        }
        return l;
    }

    public static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return new BigDecimal(v.toString().trim());
    }

    /**
     * A row's numeric columns as a point for the machine-learning functions (NULL as 0); a value that is not a
     * finite number within {@code limit} fails the row.
     */
    public static double[] point(Object[] row, int[] columns, double limit, String function) {
        double[] point = new double[columns.length];
        for (int i = 0; i < point.length; i++) {
            Object v = row[columns[i]];
            point[i] = v == null ? 0 : toDouble(v);
            if (!(Math.abs(point[i]) <= limit)) {
                throw new RowError("SQL_INVALID_ARGUMENT", function + " cannot use " + point[i]);
            }
        }
        return point;
    }

    public static double toDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Double.parseDouble(v.toString().trim());
    }

    private static long toTimestamp(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Boolean) {
            throw new NumberFormatException("boolean");
        }
        String s = v.toString().trim();
        try {
            return LocalDateTime.parse(s, TIMESTAMP_IN).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Instant.parse(s).toEpochMilli();
        }
    }

    /** A value's text as CAST to VARCHAR gives it (without knowing its SQL type: numbers, strings, booleans). */
    private static String toText(Object v) {
        if (v instanceof Double d) {
            return doubleText(d);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().withUpperCase().formatHex(b);
        }
        return v.toString();
    }

    private static String doubleText(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d) + ".0";
        }
        return Double.toString(d);
    }

    /** A value of a known type as text: for messages, CSV output and CAST of typed values to VARCHAR. */
    public static String text(Object v, ColumnType type) {
        if (v == null) {
            return null;
        }
        return switch (type.name()) {
            case "TIMESTAMP" -> timestampText((Long) v);
            case "DATE" -> LocalDate.ofEpochDay((Long) v).toString();
            case "TIME" -> LocalTime.ofNanoOfDay((Long) v * 1_000_000L).format(DateTimeFormatter.ofPattern(
                    "HH:mm:ss", Locale.ROOT));
            default -> toText(v);
        };
    }

    private static String text(Object v) {
        return v instanceof Long || v instanceof String ? v.toString() : toText(v);
    }

    public static String timestampText(long millis) {
        return TIMESTAMP_OUT.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    /** SQL comparison of two non-null values of comparable types (numbers across kinds, strings, booleans). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Number && b instanceof Number) {
            if (a instanceof Double || b instanceof Double) {
                return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            }
            return toDecimal(a).compareTo(toDecimal(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return rtrim(x).compareTo(rtrim(y));
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.compareUnsigned(x, y);
        }
        return ((Comparable) a).compareTo(b);
    }

    /** CHAR comparison ignores trailing spaces (the padding), and only those: a tab is a character. */
    public static String rtrim(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }
}
