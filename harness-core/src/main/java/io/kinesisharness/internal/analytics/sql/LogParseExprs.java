package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.EvalContext;
import io.kinesisharness.internal.analytics.engine.Expr;
import io.kinesisharness.internal.analytics.engine.RowError;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.engine.logs.FastRegex;
import io.kinesisharness.internal.analytics.engine.logs.SysLog;
import io.kinesisharness.internal.analytics.engine.logs.W3cFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;

/**
 * The log parsers as expressions: each returns a row (an Object[] of its columns). REGEX_LOG_PARSE gives NULL when
 * its pattern does not match, as the reference says; for the others the reference says nothing (FAST_REGEX's page
 * shows the row gone), so a line that does not parse fails its row, which goes to {@code error_stream}.
 */
final class LogParseExprs {

    private LogParseExprs() {
    }

    static Expr of(String name, RexCall call, Expr[] args, EvalContext context) throws RexCompiler.Unsupported {
        return switch (name) {
            case "REGEX_LOG_PARSE" -> regexLogParse(call, args);
            case "FAST_REGEX_LOG_PARSE", "FAST_REGEX_LOG_PARSER" -> fastRegexLogParse(name, call, args);
            case "VARIABLE_COLUMN_LOG_PARSE" -> variableColumnLogParse(call, args, context);
            case "FIXED_COLUMN_LOG_PARSE" -> fixedColumnLogParse(call, args, context);
            case "W3C_LOG_PARSE" -> w3cLogParse(call, args);
            case "SYS_LOG_PARSE" -> sysLogParse(args, context);
            default -> throw new RexCompiler.Unsupported("function " + name);
        };
    }

    private static String literalArgument(String name, RexCall call, int index, String what)
            throws RexCompiler.Unsupported {
        if (!(call.getOperands().get(index) instanceof RexLiteral lit)) {
            throw new RexCompiler.Unsupported(name + " with " + what + " that is not a literal");
        }
        return (String) RexCompiler.literal(lit);
    }

    /** The row's failure; the line is in the error row's DATA_ROW, so the message quotes only its start. */
    private static RowError unparsed(String name, String text) {
        String quoted = text.length() <= 200 ? text : text.substring(0, 200) + "…";
        return new RowError("SQL_LOG_PARSE_ERROR", name + " could not parse '" + quoted + "'");
    }

    /** FAST_REGEX_LOG_PARSE: the groups of a lazy, non-backtracking match of the whole text. */
    private static Expr fastRegexLogParse(String name, RexCall call, Expr[] args) throws RexCompiler.Unsupported {
        FastRegex regex = FastRegex.compile(literalArgument(name, call, 1, "a pattern"));
        return RexCompiler.strict(new Expr[] {args[0]}, v -> {
            String[] columns = regex.parse((String) v[0]);
            if (columns == null) {
                throw unparsed(name, (String) v[0]);
            }
            return columns;
        });
    }

    /** W3C_LOG_PARSE: one column per specifier of the format. */
    private static Expr w3cLogParse(RexCall call, Expr[] args) throws RexCompiler.Unsupported {
        W3cFormat format = W3cFormat.compile(literalArgument("W3C_LOG_PARSE", call, 1, "a format"));
        return RexCompiler.strict(new Expr[] {args[0]}, v -> {
            Object[] columns = format.parse((String) v[0]);
            if (columns == null) {
                throw unparsed("W3C_LOG_PARSE", (String) v[0]);
            }
            return columns;
        });
    }

    /** SYS_LOG_PARSE: the syslog timestamp (in the year of the row's ROWTIME) and the rest of the line. */
    private static Expr sysLogParse(Expr[] args, EvalContext context) {
        return RexCompiler.strict(args, v -> {
            Object[] columns = SysLog.parse((String) v[0], context.rowtime);
            if (columns == null) {
                throw unparsed("SYS_LOG_PARSE", (String) v[0]);
            }
            return columns;
        });
    }

    /**
     * FIXED_COLUMN_LOG_PARSE: each column's characters from START (0-based) for FOR characters (to the end without
     * FOR), blanks trimmed, converted to the column's type (a date format if given).
     */
    private static Expr fixedColumnLogParse(RexCall call, Expr[] args, EvalContext context)
            throws RexCompiler.Unsupported {
        List<String[]> columns = LogColumns.parse(literalArgument("FIXED_COLUMN_LOG_PARSE", call, 1,
                "a column description"));
        List<org.apache.calcite.rel.type.RelDataTypeField> fields = call.getType().getFieldList();
        ColumnType[] types = new ColumnType[fields.size()];
        long[] starts = new long[types.length];
        long[] lengths = new long[types.length];
        DateFormats[] formats = new DateFormats[types.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = StreamCatalog.columnType(fields.get(i).getType());
            starts[i] = Long.parseLong(columns.get(i)[3]);
            lengths[i] = columns.get(i)[4] == null ? Long.MAX_VALUE / 2 : Long.parseLong(columns.get(i)[4]);
            formats[i] = new DateFormats(context);
        }
        return RexCompiler.strict(new Expr[] {args[0]}, v -> {
            String text = (String) v[0];
            Object[] out = new Object[types.length];
            for (int i = 0; i < out.length; i++) {
                long end = Math.min(text.length(), starts[i] + lengths[i]);
                String piece = starts[i] >= text.length() ? "" : text.substring((int) starts[i], (int) end).strip();
                out[i] = piece.isEmpty() && !types[i].isCharacter() ? null
                        : typed(piece, types[i], columns.get(i)[2], formats[i]);
            }
            return out;
        });
    }

    /** A piece of text as its column's type; DATE, TIME and TIMESTAMP read with the column's format if it has one. */
    private static Object typed(String piece, ColumnType type, String format, DateFormats formats) {
        if (format == null) {
            return Values.cast(piece, type);
        }
        try {
            long ms = formats.get(format).parse(piece).getTime();
            return type.name().equals("DATE") ? Math.floorDiv(ms, 86_400_000L)
                    : type.name().equals("TIME") ? Math.floorMod(ms, 86_400_000L) : ms;
        } catch (java.text.ParseException e) {
            throw new RowError("SQL_CONVERSION_ERROR", "Cannot parse '" + piece + "' with format '" + format + "'");
        }
    }

    /** REGEX_LOG_PARSE: the capture groups of a whole-text match, as a row; NULL without a match. */
    private static Expr regexLogParse(RexCall call, Expr[] args) throws RexCompiler.Unsupported {
        if (!(call.getOperands().get(1) instanceof RexLiteral lit)) {
            throw new RexCompiler.Unsupported("REGEX_LOG_PARSE with a pattern that is not a literal");
        }
        Pattern p = Pattern.compile((String) RexCompiler.literal(lit));
        return RexCompiler.strict(new Expr[] {args[0]}, v -> {
            Matcher m = p.matcher((String) v[0]);
            if (!m.matches()) {
                return null;
            }
            Object[] row = new Object[m.groupCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = m.group(i + 1);
            }
            return row;
        });
    }

    /**
     * VARIABLE_COLUMN_LOG_PARSE: the text split at the delimiter (a quote character keeps delimiters inside quoted
     * values, an escape character the next one), each piece converted to its column's type; missing pieces NULL.
     */
    private static Expr variableColumnLogParse(RexCall call, Expr[] args, EvalContext context) {
        List<org.apache.calcite.rel.type.RelDataTypeField> fields = call.getType().getFieldList();
        ColumnType[] types = new ColumnType[fields.size()];
        String[] formats = new String[fields.size()];
        DateFormats[] parsers = new DateFormats[fields.size()];
        Object spec = call.getOperands().get(1) instanceof RexLiteral lit ? RexCompiler.literal(lit) : null;
        List<String[]> columns = spec == null ? List.of() : LogColumns.parse(spec);
        for (int i = 0; i < types.length; i++) {
            types[i] = StreamCatalog.columnType(fields.get(i).getType());
            formats[i] = i < columns.size() ? columns.get(i)[2] : null;
            parsers[i] = new DateFormats(context);
        }
        return row -> {
            Object text = args[0].eval(row);
            Object delimiter = args[2].eval(row);
            if (text == null || delimiter == null) {
                return null;
            }
            if (((String) delimiter).isEmpty()) {
                throw new RowError("SQL_INVALID_ARGUMENT", "VARIABLE_COLUMN_LOG_PARSE needs a delimiter, not ''");
            }
            String escape = args.length > 3 ? (String) args[3].eval(row) : null;
            String quote = args.length > 4 ? (String) args[4].eval(row) : null;
            List<String> pieces = split((String) text, (String) delimiter, escape, quote);
            Object[] out = new Object[types.length];
            for (int i = 0; i < out.length && i < pieces.size(); i++) {
                out[i] = typed(pieces.get(i), types[i], formats[i], parsers[i]);
            }
            return out;
        };
    }

    /** Splits at the delimiter; a quote pair (begin and end characters, or one for both) hides delimiters. */
    static List<String> split(String text, String delimiter, String escape, String quote) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        char begin = quote == null || quote.isEmpty() ? 0 : quote.charAt(0);
        char end = quote == null || quote.length() < 2 ? begin : quote.charAt(1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escape != null && !escape.isEmpty() && text.startsWith(escape, i)
                    && i + escape.length() < text.length()) {
                i += escape.length();
                current.append(text.charAt(i));
            } else if (begin != 0 && !quoted && c == begin) {
                quoted = true;
            } else if (begin != 0 && quoted && c == end) {
                quoted = false;
            } else if (!quoted && text.startsWith(delimiter, i)) {
                out.add(current.toString());
                current.setLength(0);
                i += delimiter.length() - 1;
            } else {
                current.append(text.charAt(i));
            }
        }
        out.add(current.toString());
        return out;
    }

}
