package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.EvalContext;
import io.kinesisharness.internal.analytics.engine.Expr;
import io.kinesisharness.internal.analytics.engine.RowError;
import io.kinesisharness.internal.analytics.engine.Values;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Turns Calcite's typed expressions (Rex) into the engine's {@link Expr} closures, once per pump at start: the
 * engine then evaluates rows without Calcite's code generation (no Janino compile on the first row). Values follow
 * {@link Values}; NULL in gives NULL out, as SQL has it; a failing row raises {@link RowError}. A function or
 * operator the engine does not compute yet is refused when the application starts, by name.
 */
final class RexCompiler {

    private final EvalContext context;
    /** Windowed functions (OVER) computed before the expression, by the index of their value in the context. */
    private java.util.Map<org.apache.calcite.rex.RexOver, Integer> windowed = java.util.Map.of();

    RexCompiler(EvalContext context) {
        this.context = context;
    }

    /** Compiles the following expressions reading these windowed functions' values from the context. */
    void windowed(java.util.Map<org.apache.calcite.rex.RexOver, Integer> functions) {
        this.windowed = functions;
    }

    Expr compile(RexNode node) throws Unsupported {
        if (node instanceof RexInputRef ref) {
            int i = ref.getIndex();
            return row -> row[i];
        }
        if (node instanceof RexLiteral lit) {
            Object v = literal(lit);
            return row -> v;
        }
        if (node instanceof org.apache.calcite.rex.RexOver over) {
            Integer i = windowed.get(over);
            if (i == null) {
                throw new Unsupported("a windowed function (OVER) here");
            }
            return row -> context.windowed[i];
        }
        if (node instanceof org.apache.calcite.rex.RexFieldAccess access) {
            // A field of a row value (a log parser's row): T.REC.COLUMN1.
            Expr row = compile(access.getReferenceExpr());
            int index = access.getField().getIndex();
            return r -> {
                Object v = row.eval(r);
                return v == null ? null : ((Object[]) v)[index];
            };
        }
        if (node instanceof RexCall call) {
            return call(call);
        }
        throw new Unsupported("expression " + node);
    }

    /** A construct the engine cannot run yet; the message names it. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what);
        }
    }

    static Object literal(RexLiteral lit) {
        if (lit.isNull()) {
            return null;
        }
        RelDataType t = lit.getType();
        SqlTypeName n = t.getSqlTypeName();
        switch (n.getFamily() == null ? SqlTypeFamily.ANY : n.getFamily()) {
            case CHARACTER:
                return lit.getValueAs(String.class);
            case BOOLEAN:
                return lit.getValueAs(Boolean.class);
            case TIMESTAMP:
                return lit.getValueAs(Long.class);
            case DATE:
                return (long) lit.getValueAs(Integer.class);
            case TIME:
                return (long) lit.getValueAs(Integer.class);
            case INTERVAL_DAY_TIME:
                return lit.getValueAs(Long.class);
            case BINARY:
                return lit.getValueAs(byte[].class);
            case NUMERIC:
                BigDecimal d = lit.getValueAs(BigDecimal.class);
                return numeric(d, StreamCatalog.columnType(t));
            default:
                if (n == SqlTypeName.SYMBOL) {
                    return lit.getValue();
                }
                return lit.getValue2();
        }
    }

    private static Object numeric(BigDecimal d, ColumnType t) {
        if (t.isExactInteger()) {
            return d.longValue();
        }
        if (t.isApproximate()) {
            return d.doubleValue();
        }
        return d;
    }

    private Expr call(RexCall call) throws Unsupported {
        List<RexNode> ops = call.getOperands();
        Expr[] args = new Expr[ops.size()];
        SqlKind kind = call.getKind();
        ColumnType type = StreamCatalog.columnType(call.getType());
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        // Operands first, except where an operand is a flag (FLOOR TO, TRIM, EXTRACT) read as a literal.
        for (int i = 0; i < ops.size(); i++) {
            args[i] = compile(ops.get(i));
        }
        switch (kind) {
            case AND:
                return logical(args, Boolean.FALSE);
            case OR:
                return logical(args, Boolean.TRUE);
            case NOT:
                return row -> {
                    Object v = args[0].eval(row);
                    return v == null ? null : !(Boolean) v;
                };
            case IS_NULL:
                return row -> args[0].eval(row) == null;
            case IS_NOT_NULL:
                return row -> args[0].eval(row) != null;
            case IS_TRUE:
                return row -> Boolean.TRUE.equals(args[0].eval(row));
            case IS_NOT_TRUE:
                return row -> !Boolean.TRUE.equals(args[0].eval(row));
            case IS_FALSE:
                return row -> Boolean.FALSE.equals(args[0].eval(row));
            case IS_NOT_FALSE:
                return row -> !Boolean.FALSE.equals(args[0].eval(row));
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL:
                return comparison(kind, args[0], args[1]);
            case PLUS, MINUS, TIMES, DIVIDE, MOD:
                return arithmetic(call, kind, type, args);
            case MINUS_PREFIX:
                return row -> {
                    Object v = args[0].eval(row);
                    if (v == null) {
                        return null;
                    }
                    if (v instanceof Long l) {
                        return -l;
                    }
                    if (v instanceof Double x) {
                        return -x;
                    }
                    return Values.toDecimal(v).negate();
                };
            case PLUS_PREFIX:
                return args[0];
            case CAST:
                return cast(ops.get(0).getType(), type, args[0]);
            case CASE:
                return row -> {
                    int n = args.length;
                    for (int i = 0; i + 1 < n; i += 2) {
                        if (Boolean.TRUE.equals(args[i].eval(row))) {
                            return args[i + 1].eval(row);
                        }
                    }
                    return n % 2 == 1 ? args[n - 1].eval(row) : null;
                };
            case COALESCE:
                return row -> {
                    for (Expr a : args) {
                        Object v = a.eval(row);
                        if (v != null) {
                            return v;
                        }
                    }
                    return null;
                };
            case LIKE:
                return like(name.startsWith("NOT"), args, false);
            case SIMILAR:
                return like(name.startsWith("NOT"), args, true);
            case FLOOR, CEIL:
                return floorCeil(kind == SqlKind.FLOOR, call, args);
            case TRIM:
                return trim(call, args);
            case POSITION:
                return strict(args, v -> (long) SqlFunctions.position((String) v[0], (String) v[1]));
            case EXTRACT:
                return extract(call, args);
            default:
                break;
        }
        return function(name, call, type, args);
    }

    private Expr function(String name, RexCall call, ColumnType type, Expr[] args) throws Unsupported {
        switch (name) {
            case "UPPER":
                return strict(args, v -> ((String) v[0]).toUpperCase(Locale.ROOT));
            case "LOWER":
                return strict(args, v -> ((String) v[0]).toLowerCase(Locale.ROOT));
            case "INITCAP":
                return strict(args, v -> SqlFunctions.initcap((String) v[0]));
            case "CHAR_LENGTH", "CHARACTER_LENGTH":
                return strict(args, v -> (long) ((String) v[0]).length());
            case "||":
                return strict(args, v -> (String) v[0] + v[1]);
            case "SUBSTRING":
                return strict(args, v -> args.length == 2
                        ? SqlFunctions.substring((String) v[0], ((Number) v[1]).longValue())
                        : SqlFunctions.substring((String) v[0], ((Number) v[1]).longValue(),
                                ((Number) v[2]).longValue()));
            case "OVERLAY":
                return strict(args, v -> overlay((String) v[0], (String) v[1], ((Number) v[2]).longValue(),
                        args.length == 3 ? ((String) v[1]).length() : ((Number) v[3]).longValue()));
            case "ABS":
                return strict(args, v -> v[0] instanceof Long l ? Math.abs(l) : v[0] instanceof Double d
                        ? Math.abs(d) : Values.toDecimal(v[0]).abs());
            case "POWER":
                return strict(args, v -> Math.pow(Values.toDouble(v[0]), Values.toDouble(v[1])));
            case "EXP":
                return strict(args, v -> Math.exp(Values.toDouble(v[0])));
            case "LN":
                return strict(args, v -> Math.log(Values.toDouble(v[0])));
            case "LOG10":
                return strict(args, v -> Math.log10(Values.toDouble(v[0])));
            case "STEP":
                return step(call, args);
            case "TSDIFF":
                return strict(args, v -> (Long) v[0] - (Long) v[1]);
            case "REGEX_REPLACE":
                return regexReplace(args);
            case "TIMESTAMP_TO_CHAR", "DATE_TO_CHAR", "TIME_TO_CHAR":
                return dateFormat(name, args, new DateFormats(context));
            case "CHAR_TO_TIMESTAMP", "CHAR_TO_DATE", "CHAR_TO_TIME":
                return dateParse(name, args, new DateFormats(context));
            case "UNIX_TIMESTAMP":
                return args[0];
            case "TO_TIMESTAMP":
                return strict(args, v -> ((Number) v[0]).longValue());
            case "REGEX_LOG_PARSE", "FAST_REGEX_LOG_PARSE", "FAST_REGEX_LOG_PARSER", "VARIABLE_COLUMN_LOG_PARSE",
                    "FIXED_COLUMN_LOG_PARSE", "W3C_LOG_PARSE", "SYS_LOG_PARSE":
                return LogParseExprs.of(name, call, args, context);
            case "MONOTONIC":
                return args[0];
            case "$S":
                // A stagger window's marker key: the operator ignores its value.
                return args[0];
            case "$OUTPUT_ROWTIME":
                return row -> context.rowtime;
            case "CURRENT_ROW_TIMESTAMP":
                return row -> context.rowtime;
            case "CURRENT_TIMESTAMP", "LOCALTIMESTAMP":
                return row -> context.queryStart;
            case "CURRENT_DATE":
                return row -> Math.floorDiv(context.queryStart, 86_400_000L);
            case "NULLIF":
                return row -> {
                    Object a = args[0].eval(row);
                    Object b = args[1].eval(row);
                    return a != null && b != null && Values.compare(a, b) == 0 ? null : a;
                };
            default:
                throw new Unsupported("function " + call.getOperator().getName());
        }
    }

    /**
     * AND (decided by the first FALSE) or OR (by the first TRUE), with SQL's three-valued logic: UNKNOWN when no
     * operand decides and one is NULL.
     */
    private static Expr logical(Expr[] args, Boolean decisive) {
        return row -> {
            boolean unknown = false;
            for (Expr a : args) {
                Object v = a.eval(row);
                if (decisive.equals(v)) {
                    return decisive;
                }
                unknown |= v == null;
            }
            return unknown ? null : !decisive;
        };
    }

    @FunctionalInterface
    interface Strict {
        Object apply(Object[] values);
    }

    /** A function that is NULL when any argument is. */
    static Expr strict(Expr[] args, Strict f) {
        return row -> {
            Object[] v = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                v[i] = args[i].eval(row);
                if (v[i] == null) {
                    return null;
                }
            }
            return f.apply(v);
        };
    }

    private static Expr comparison(SqlKind kind, Expr a, Expr b) {
        return row -> {
            Object x = a.eval(row);
            Object y = b.eval(row);
            if (x == null || y == null) {
                return null;
            }
            int c = Values.compare(x, y);
            return switch (kind) {
                case EQUALS -> c == 0;
                case NOT_EQUALS -> c != 0;
                case LESS_THAN -> c < 0;
                case LESS_THAN_OR_EQUAL -> c <= 0;
                case GREATER_THAN -> c > 0;
                default -> c >= 0;
            };
        };
    }

    private static Expr arithmetic(RexCall call, SqlKind kind, ColumnType type, Expr[] args) {
        SqlTypeName left = call.getOperands().get(0).getType().getSqlTypeName();
        SqlTypeName right = call.getOperands().get(1).getType().getSqlTypeName();
        boolean datetimeResult = type.name().equals("TIMESTAMP") || type.name().equals("DATE")
                || type.name().equals("TIME");
        if (datetimeResult || type.isInterval()) {
            // Datetime arithmetic: timestamps and intervals are milliseconds, dates days.
            boolean leftDate = left == SqlTypeName.DATE;
            boolean rightDate = right == SqlTypeName.DATE;
            return strict(args, v -> {
                long a = ((Number) v[0]).longValue() * (leftDate ? 86_400_000L : 1);
                long b = ((Number) v[1]).longValue() * (rightDate ? 86_400_000L : 1);
                long r = switch (kind) {
                    case PLUS -> a + b;
                    case MINUS -> a - b;
                    case TIMES -> a * b;
                    default -> b == 0 ? divisionByZero() : a / b;
                };
                return type.name().equals("DATE") ? Math.floorDiv(r, 86_400_000L) : r;
            });
        }
        if (type.isExactInteger()) {
            return strict(args, v -> {
                long a = ((Number) v[0]).longValue();
                long b = ((Number) v[1]).longValue();
                try {
                    return switch (kind) {
                        case PLUS -> Math.addExact(a, b);
                        case MINUS -> Math.subtractExact(a, b);
                        case TIMES -> Math.multiplyExact(a, b);
                        case DIVIDE -> b == 0 ? divisionByZero() : a / b;
                        default -> b == 0 ? divisionByZero() : a % b;
                    };
                } catch (ArithmeticException e) {
                    throw new RowError("SQL_NUMERIC_OVERFLOW", "Numeric overflow in " + call);
                }
            });
        }
        if (type.isApproximate()) {
            return strict(args, v -> {
                double a = Values.toDouble(v[0]);
                double b = Values.toDouble(v[1]);
                return switch (kind) {
                    case PLUS -> a + b;
                    case MINUS -> a - b;
                    case TIMES -> a * b;
                    case DIVIDE -> b == 0 ? (double) divisionByZero() : a / b;
                    default -> b == 0 ? (double) divisionByZero() : a % b;
                };
            });
        }
        int scale = type.scale();
        return strict(args, v -> {
            BigDecimal a = Values.toDecimal(v[0]);
            BigDecimal b = Values.toDecimal(v[1]);
            BigDecimal r = switch (kind) {
                case PLUS -> a.add(b);
                case MINUS -> a.subtract(b);
                case TIMES -> a.multiply(b);
                case DIVIDE -> b.signum() == 0 ? BigDecimal.valueOf(divisionByZero()) : a.divide(b,
                        MathContext.DECIMAL64);
                default -> b.signum() == 0 ? BigDecimal.valueOf(divisionByZero()) : a.remainder(b);
            };
            return scale >= 0 ? r.setScale(scale, java.math.RoundingMode.HALF_UP) : r;
        });
    }

    private static long divisionByZero() {
        throw new RowError("SQL_DIVISION_BY_ZERO", "Division by zero");
    }

    private static Expr cast(RelDataType from, ColumnType to, Expr arg) {
        ColumnType source = StreamCatalog.columnType(from);
        boolean datetimeToText = to.isCharacter() && (source.name().equals("TIMESTAMP")
                || source.name().equals("DATE") || source.name().equals("TIME"));
        if (datetimeToText) {
            return row -> Values.cast(Values.text(arg.eval(row), source), to);
        }
        boolean dateToTimestamp = source.name().equals("DATE") && to.name().equals("TIMESTAMP");
        if (dateToTimestamp) {
            return row -> {
                Object v = arg.eval(row);
                return v == null ? null : (Long) v * 86_400_000L;
            };
        }
        return row -> Values.cast(arg.eval(row), to);
    }

    private static Expr like(boolean negated, Expr[] args, boolean similar) {
        SqlFunctions.LikeFunction like = new SqlFunctions.LikeFunction();
        SqlFunctions.SimilarFunction sim = new SqlFunctions.SimilarFunction();
        SqlFunctions.SimilarEscapeFunction simEscape = new SqlFunctions.SimilarEscapeFunction();
        return row -> {
            Object s = args[0].eval(row);
            Object p = args[1].eval(row);
            Object esc = args.length > 2 ? args[2].eval(row) : null;
            if (s == null || p == null) {
                return null;
            }
            boolean m;
            if (similar) {
                m = esc == null ? sim.similar((String) s, (String) p) : simEscape.similar((String) s, (String) p,
                        (String) esc);
            } else {
                m = esc == null ? like.like((String) s, (String) p) : like.like((String) s, (String) p, (String) esc);
            }
            return negated != m;
        };
    }

    private static Expr floorCeil(boolean floor, RexCall call, Expr[] args) throws Unsupported {
        if (call.getOperands().size() == 2) {
            TimeUnitRange unit = (TimeUnitRange) literal((RexLiteral) call.getOperands().get(1));
            SqlTypeName t = call.getOperands().get(0).getType().getSqlTypeName();
            if (t == SqlTypeName.DATE) {
                return strict(args, v -> floor ? DateTimeUtils.unixDateFloor(unit, (Long) v[0])
                        : DateTimeUtils.unixDateCeil(unit, (Long) v[0]));
            }
            return strict(args, v -> floor ? floorTimestamp(unit, (Long) v[0]) : ceilTimestamp(unit, (Long) v[0]));
        }
        return strict(args, v -> {
            Object x = v[0];
            if (x instanceof Long) {
                return x;
            }
            if (x instanceof Double d) {
                return floor ? Math.floor(d) : Math.ceil(d);
            }
            return Values.toDecimal(x).setScale(0, floor ? java.math.RoundingMode.FLOOR
                    : java.math.RoundingMode.CEILING);
        });
    }

    /** Milliseconds in a unit of fixed length, or 0 for the calendar's (MONTH, QUARTER, YEAR…). */
    private static long fixedMillis(TimeUnitRange unit) {
        return switch (unit) {
            case MILLISECOND -> 1;
            case SECOND -> 1000;
            case MINUTE -> 60_000;
            case HOUR -> 3_600_000;
            case DAY -> 86_400_000;
            default -> 0;
        };
    }

    static long floorTimestamp(TimeUnitRange unit, long ms) {
        long fixed = fixedMillis(unit);
        return fixed > 0 ? Math.floorDiv(ms, fixed) * fixed : DateTimeUtils.unixTimestampFloor(unit, ms);
    }

    static long ceilTimestamp(TimeUnitRange unit, long ms) {
        long fixed = fixedMillis(unit);
        if (fixed > 0) {
            long f = Math.floorDiv(ms, fixed) * fixed;
            return f == ms ? ms : f + fixed;
        }
        return DateTimeUtils.unixTimestampCeil(unit, ms);
    }

    private static Expr trim(RexCall call, Expr[] args) {
        SqlTrimFunction.Flag flag = (SqlTrimFunction.Flag) literal((RexLiteral) call.getOperands().get(0));
        boolean left = flag != SqlTrimFunction.Flag.TRAILING;
        boolean right = flag != SqlTrimFunction.Flag.LEADING;
        return row -> {
            Object seek = args[1].eval(row);
            Object s = args[2].eval(row);
            return seek == null || s == null ? null : SqlFunctions.trim(left, right, (String) seek, (String) s);
        };
    }

    private static Expr extract(RexCall call, Expr[] args) {
        TimeUnitRange unit = (TimeUnitRange) literal((RexLiteral) call.getOperands().get(0));
        SqlTypeName t = call.getOperands().get(1).getType().getSqlTypeName();
        return row -> {
            Object v = args[1].eval(row);
            if (v == null) {
                return null;
            }
            long x = (Long) v;
            return t == SqlTypeName.DATE ? DateTimeUtils.unixDateExtract(unit, x)
                    : (long) DateTimeUtils.unixTimestampExtract(unit, x);
        };
    }

    /**
     * OVERLAY(s PLACING r FROM start [FOR length]): s's first start-1 characters, r, then s from start+length on
     * (length defaults to r's); positions past the end are clipped, as SUBSTRING clips them.
     */
    private static String overlay(String s, String r, long start, long length) {
        int from = (int) Math.max(0, Math.min(s.length(), start - 1));
        int to = (int) Math.max(from, Math.min(s.length(), start - 1 + Math.max(0, length)));
        return s.substring(0, from) + r + s.substring(to);
    }

    /** A date pattern as SimpleDateFormat reads it (KDA documents Java's patterns), in UTC. */
    static java.text.SimpleDateFormat format(String pattern) {
        try {
            java.text.SimpleDateFormat f = new java.text.SimpleDateFormat(pattern, Locale.ROOT);
            // Proleptic Gregorian, as the engine's timestamps (java.time) are: no Julian dates before 1582.
            java.util.GregorianCalendar calendar = new java.util.GregorianCalendar(
                    java.util.TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setGregorianChange(new java.util.Date(Long.MIN_VALUE));
            f.setCalendar(calendar);
            f.setLenient(false);
            return f;
        } catch (IllegalArgumentException e) {
            throw new RowError("SQL_INVALID_ARGUMENT", "Invalid date format '" + pattern + "': " + e.getMessage());
        }
    }

    private static Expr dateFormat(String name, Expr[] args, DateFormats formats) {
        long scale = name.startsWith("DATE") ? 86_400_000L : 1;
        return strict(args, v -> formats.get((String) v[0]).format(new java.util.Date(((Number) v[1]).longValue()
                * scale)));
    }

    private static Expr dateParse(String name, Expr[] args, DateFormats formats) {
        return strict(args, v -> {
            long ms;
            try {
                ms = formats.get((String) v[0]).parse((String) v[1]).getTime();
            } catch (java.text.ParseException e) {
                throw new RowError("SQL_CONVERSION_ERROR", "Cannot parse '" + v[1] + "' with format '" + v[0]
                        + "'");
            }
            return switch (name) {
                case "CHAR_TO_DATE" -> Math.floorDiv(ms, 86_400_000L);
                case "CHAR_TO_TIME" -> Math.floorMod(ms, 86_400_000L);
                default -> ms;
            };
        });
    }

    /** STEP(x BY n): x rounded down to a multiple of n (from the epoch, for datetimes). */
    private static Expr step(RexCall call, Expr[] args) {
        boolean date = call.getOperands().get(0).getType().getSqlTypeName() == SqlTypeName.DATE;
        return strict(args, v -> {
            long x = ((Number) v[0]).longValue();
            long n = ((Number) v[1]).longValue();
            if (n <= 0) {
                throw new RowError("SQL_INVALID_ARGUMENT", "STEP interval must be positive");
            }
            if (date) {
                long ms = x * 86_400_000L;
                return Math.floorDiv(Math.floorDiv(ms, n) * n, 86_400_000L);
            }
            return Math.floorDiv(x, n) * n;
        });
    }

    private static Expr regexReplace(Expr[] args) {
        // The pattern compiled once per distinct text (nearly always a literal: once for the application).
        String[] lastText = {null};
        Pattern[] last = {null};
        return strict(args, v -> {
            String s = (String) v[0];
            if (!v[1].equals(lastText[0])) {
                try {
                    last[0] = Pattern.compile((String) v[1]);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new RowError("SQL_INVALID_ARGUMENT", "Invalid regular expression: " + e.getDescription());
                }
                lastText[0] = (String) v[1];
            }
            Pattern p = last[0];
            int position = args.length > 3 ? ((Number) v[3]).intValue() : 1;
            int occurrence = args.length > 4 ? ((Number) v[4]).intValue() : 0;
            if (position < 1 || position > Math.max(1, s.length())) {
                return s;
            }
            Matcher m = p.matcher(s);
            m.region(position - 1, s.length());
            StringBuilder sb = new StringBuilder();
            int count = 0;
            while (m.find()) {
                count++;
                if (occurrence == 0 || count == occurrence) {
                    m.appendReplacement(sb, (String) v[2]);
                    if (occurrence != 0) {
                        break;
                    }
                }
            }
            m.appendTail(sb);
            return sb.toString();
        });
    }
}
