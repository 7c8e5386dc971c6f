package io.kinesisharness.internal.analytics.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The columns a log parser's row has: a count (COLUMN1…COLUMNn, VARCHAR(1024)) or a list
 * {@code 'name TYPE type [NOT NULL] [\'date format\'], …'} (the reference's grammar: the word TYPE between name and
 * type; DATE, TIME and TIMESTAMP may carry a SimpleDateFormat pattern), for FIXED_COLUMN_LOG_PARSE each ending
 * {@code START n [FOR length]}, its type optional there (VARCHAR then).
 */
final class LogColumns {

    private LogColumns() {
    }

    private static final java.util.regex.Pattern START = java.util.regex.Pattern.compile(
            "(?i)\\s+START\\s+(\\d{1,9})(?:\\s+FOR\\s+(\\d{1,9}))?\\s*$");

    /**
     * Name, SQL type text, date format (or null), START (or null) and FOR (or null) of each column.
     */
    static List<String[]> parse(Object spec) {
        List<String[]> out = new ArrayList<>();
        if (spec instanceof Number n) {
            for (int i = 1; i <= n.intValue(); i++) {
                out.add(new String[] {"COLUMN" + i, "VARCHAR(1024)", null, null, null});
            }
            return out;
        }
        String text = String.valueOf(spec);
        int depth = 0;
        int start = 0;
        boolean inFormat = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '\'') {
                inFormat = !inFormat;
            } else if (inFormat) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String column = text.substring(start, i).trim();
                if (!column.isEmpty()) {
                    out.add(column(column));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static String[] column(String column) {
        String rest = column;
        String start = null;
        String length = null;
        java.util.regex.Matcher m = START.matcher(rest);
        if (m.find()) {
            start = m.group(1);
            length = m.group(2);
            rest = rest.substring(0, m.start()).trim();
            boolean nameOnly = rest.startsWith("\"") ? rest.indexOf('"', 1) == rest.length() - 1
                    : rest.indexOf(' ') < 0;
            if (nameOnly) {
                rest = rest + " VARCHAR(1024)";
            }
        }
        String name;
        if (rest.startsWith("\"")) {
            int close = rest.indexOf('"', 1);
            name = rest.substring(1, close);
            rest = rest.substring(close + 1).trim();
        } else {
            int space = rest.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("Column '" + column + "' needs a name and a type");
            }
            name = rest.substring(0, space).toUpperCase(Locale.ROOT);
            rest = rest.substring(space + 1).trim();
        }
        if (rest.toUpperCase(Locale.ROOT).startsWith("TYPE ")) {
            rest = rest.substring(5).trim();
        }
        String format = null;
        int quote = rest.indexOf('\'');
        if (quote >= 0) {
            format = rest.substring(quote + 1, rest.lastIndexOf('\''));
            rest = rest.substring(0, quote).trim();
        }
        if (rest.toUpperCase(Locale.ROOT).endsWith("NOT NULL")) {
            rest = rest.substring(0, rest.length() - "NOT NULL".length()).trim();
        }
        return new String[] {name, rest, format, start, length};
    }

    static RelDataType type(RelDataTypeFactory types, String sqlType) {
        try {
            var cast = (org.apache.calcite.sql.SqlCall) SqlParser.create("CAST(NULL AS " + sqlType + ")")
                    .parseExpression();
            org.apache.calcite.sql.SqlDataTypeSpec spec = cast.operand(1);
            var name = (org.apache.calcite.sql.SqlBasicTypeNameSpec) spec.getTypeNameSpec();
            SqlTypeName typeName = SqlTypeName.get(name.getTypeName().getSimple());
            if (typeName == null) {
                throw new IllegalArgumentException("Unknown type " + sqlType);
            }
            if (typeName.allowsScale() && name.getScale() >= 0) {
                return types.createSqlType(typeName, name.getPrecision(), name.getScale());
            }
            if (typeName.allowsPrec() && name.getPrecision() >= 0) {
                return types.createSqlType(typeName, name.getPrecision());
            }
            return types.createSqlType(typeName);
        } catch (org.apache.calcite.sql.parser.SqlParseException | ClassCastException e) {
            throw new IllegalArgumentException("Unknown type " + sqlType, e);
        }
    }
}
