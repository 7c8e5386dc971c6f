package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.ErrorStream;
import io.kinesisharness.internal.analytics.engine.EvalContext;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.RowError;
import io.kinesisharness.internal.analytics.engine.RowSink;
import io.kinesisharness.internal.analytics.engine.TimedOperator;
import io.kinesisharness.internal.analytics.engine.TumblingAggregate;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.sql.SqlScript.Statement;
import io.kinesisharness.internal.analytics.sql.SqlScript.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Reads an application's code and makes it live. The dialect's statements are {@code CREATE [OR REPLACE] STREAM}
 * and {@code CREATE [OR REPLACE] PUMP … AS INSERT INTO … SELECT STREAM …}: this class reads their headers itself
 * (Calcite's grammar has neither), rewrites {@code STEP(x BY n)} to a call Calcite parses, and gives each pump's
 * INSERT to Calcite's parser and validator with KDA's identifier rules and its functions, then to its converter,
 * whose relational plan {@link PumpBuilder} turns into the engine's operators. Errors keep the script's own lines
 * and columns.
 */
public final class ApplicationCompiler {

    /** An input's in-application stream: its name and its columns' names and SQL types, as RecordColumns give them. */
    public record InputStream(String name, List<String> columns, List<String> sqlTypes) {
    }

    /**
     * A reference data source's in-application table: its name, its columns' names and SQL types, and its rows, read
     * (from the S3 object) once the columns' types are known.
     */
    public record ReferenceTable(String name, List<String> columns, List<String> sqlTypes,
            java.util.function.Function<List<ColumnType>, List<Object[]>> rows) {
    }

    private static final SqlParser.Config PARSER = SqlParser.config().withIdentifierMaxLength(128);

    private ApplicationCompiler() {
    }

    /** Checks the code's syntax alone (CreateApplication and UpdateApplication do, before any input exists). */
    public static void checkSyntax(String code) throws SqlCodeException {
        SqlScript script = new SqlScript(code);
        SqlValidator types = validator(new StreamCatalog());
        for (Statement st : script.statements()) {
            Header h = header(script, st);
            if (h.pump) {
                parseInsert(script, h);
            } else {
                streamDef(script, h, types);
            }
        }
    }

    /**
     * Compiles the code against its inputs' streams into live operators.
     *
     * @param now the harness clock (the time a row is put in error_stream)
     * @param wakeAt told the end of each window that opens, so the application is advanced when the clock gets there
     */
    public static CompiledApplication compile(String code, List<InputStream> inputs, LongSupplier now,
            LongConsumer wakeAt) throws SqlCodeException {
        return compile(code, inputs, List.of(), now, wakeAt);
    }

    /** As {@link #compile(String, List, LongSupplier, LongConsumer)}, with reference tables the code may join. */
    public static CompiledApplication compile(String code, List<InputStream> inputs, List<ReferenceTable> references,
            LongSupplier now, LongConsumer wakeAt) throws SqlCodeException {
        SqlScript script = new SqlScript(code == null ? "" : code);
        StreamCatalog catalog = new StreamCatalog();
        SqlValidator typeReader = validator(catalog);
        for (InputStream in : inputs) {
            List<RelDataType> types = new ArrayList<>();
            for (String t : in.sqlTypes()) {
                types.add(sqlType(t, typeReader, -1, script));
            }
            catalog.add(new StreamCatalog.StreamDef(in.name(), in.columns(), types, true));
        }
        Map<String, List<Object[]>> tableRows = new LinkedHashMap<>();
        for (ReferenceTable ref : references) {
            List<RelDataType> types = new ArrayList<>();
            List<ColumnType> columnTypes = new ArrayList<>();
            for (String t : ref.sqlTypes()) {
                RelDataType type = sqlType(t, typeReader, -1, script);
                types.add(type);
                columnTypes.add(StreamCatalog.columnType(type));
            }
            catalog.add(new StreamCatalog.TableDef(ref.name(), ref.columns(), types));
            tableRows.put(ref.name(), ref.rows().apply(columnTypes));
        }
        List<Header> pumps = new ArrayList<>();
        for (Statement st : script.statements()) {
            Header h = header(script, st);
            if (h.pump) {
                pumps.add(h);
            } else {
                catalog.add(streamDef(script, h, typeReader));
            }
        }
        EvalContext context = new EvalContext();
        context.queryStart = now.getAsLong();
        Map<String, InAppStream> streams = new LinkedHashMap<>();
        for (StreamCatalog.StreamDef def : catalog.streams().values()) {
            List<ColumnType> types = new ArrayList<>();
            for (RelDataType t : def.types()) {
                types.add(StreamCatalog.columnType(t));
            }
            List<String> columns = new ArrayList<>(def.columns());
            if (def.input()) {
                columns.add(StreamCatalog.APPROXIMATE_ARRIVAL_TIME);
                types.add(new ColumnType("TIMESTAMP", 3, -1, true));
            }
            streams.put(def.name(), new InAppStream(def.name(), columns, types));
        }
        InAppStream errors = ErrorStream.create();
        streams.put(CompiledApplication.ERROR_STREAM, errors);
        List<TimedOperator> windows = new ArrayList<>();
        for (Header pump : order(pumps, script, catalog)) {
            compilePump(script, pump, catalog, streams, tableRows, context, windows, now, wakeAt, errors);
        }
        return new CompiledApplication(streams, windows, context);
    }

    // ---- statements ----

    /** A statement's header: which kind, its name and where its body (the columns, the INSERT) starts. */
    private record Header(boolean pump, String name, Token nameToken, Statement statement, int bodyIndex) {
    }

    private static Header header(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        int i = 0;
        if (!t.get(i).isWord("CREATE")) {
            throw SqlCodeException.at(script.text(), t.get(i).start(), "Only CREATE [OR REPLACE] STREAM and CREATE "
                    + "[OR REPLACE] PUMP statements can make up application code; found \"" + t.get(i).text() + "\"");
        }
        i++;
        if (i + 1 < t.size() && t.get(i).isWord("OR") && t.get(i + 1).isWord("REPLACE")) {
            i += 2;
        }
        if (i >= t.size() || !(t.get(i).isWord("STREAM") || t.get(i).isWord("PUMP"))) {
            Token at = i < t.size() ? t.get(i) : t.get(t.size() - 1);
            throw SqlCodeException.at(script.text(), at.start(), "Encountered \"" + at.text()
                    + "\"; expected STREAM or PUMP after CREATE [OR REPLACE] (Kinesis Harness does not serve CREATE "
                    + at.text().toUpperCase(java.util.Locale.ROOT) + ")");
        }
        boolean pump = t.get(i).isWord("PUMP");
        i++;
        if (i >= t.size() || !t.get(i).isIdentifier()) {
            Token at = t.get(Math.min(i, t.size() - 1));
            throw SqlCodeException.at(script.text(), at.start(), "Expected the " + (pump ? "pump" : "stream")
                    + "'s name");
        }
        Token name = t.get(i);
        i++;
        if (pump) {
            if (i < t.size() && (t.get(i).isWord("STARTED") || t.get(i).isWord("STOPPED"))) {
                i++;
            }
            if (i >= t.size() || !t.get(i).isWord("AS")) {
                Token at = t.get(Math.min(i, t.size() - 1));
                throw SqlCodeException.at(script.text(), at.start(), "Expected AS INSERT INTO after the pump's name");
            }
            i++;
            if (i >= t.size() || !t.get(i).isWord("INSERT")) {
                Token at = t.get(Math.min(i, t.size() - 1));
                throw SqlCodeException.at(script.text(), at.start(), "A pump's body is INSERT INTO <stream> SELECT "
                        + "STREAM …");
            }
        }
        return new Header(pump, name.identifier(), name, st, i);
    }

    private static StreamCatalog.StreamDef streamDef(SqlScript script, Header h, SqlValidator types)
            throws SqlCodeException {
        List<Token> t = h.statement().tokens();
        int i = h.bodyIndex();
        if (i >= t.size() || !t.get(i).isSymbol("(")) {
            Token at = t.get(Math.min(i, t.size() - 1));
            throw SqlCodeException.at(script.text(), at.start(), "Expected the stream's columns in parentheses");
        }
        i++;
        List<String> columns = new ArrayList<>();
        List<RelDataType> columnTypes = new ArrayList<>();
        while (true) {
            if (i >= t.size() || !t.get(i).isIdentifier()) {
                Token at = t.get(Math.min(i, t.size() - 1));
                throw SqlCodeException.at(script.text(), at.start(), "Expected a column name");
            }
            Token column = t.get(i++);
            int typeStart = i;
            int depth = 0;
            while (i < t.size() && !(depth == 0 && (t.get(i).isSymbol(",") || t.get(i).isSymbol(")")))) {
                if (t.get(i).isSymbol("(")) {
                    depth++;
                } else if (t.get(i).isSymbol(")")) {
                    depth--;
                }
                i++;
            }
            if (i >= t.size() || typeStart == i) {
                Token at = t.get(Math.min(i, t.size() - 1));
                throw SqlCodeException.at(script.text(), at.start(), "Expected a type for column "
                        + column.identifier());
            }
            String typeText = script.text().substring(t.get(typeStart).start(), t.get(i - 1).end());
            String name = column.identifier();
            if (columns.contains(name)) {
                throw SqlCodeException.at(script.text(), column.start(), "Duplicate column name '" + name
                        + "' in stream " + h.name());
            }
            columns.add(name);
            columnTypes.add(sqlType(typeText, types, t.get(typeStart).start(), script));
            if (t.get(i).isSymbol(")")) {
                i++;
                break;
            }
            i++;
        }
        if (i < t.size()) {
            throw SqlCodeException.at(script.text(), t.get(i).start(), "Unexpected \"" + t.get(i).text()
                    + "\" after the stream's columns");
        }
        return new StreamCatalog.StreamDef(h.name(), columns, columnTypes, false);
    }

    /** A column type, read by Calcite's parser; KDA's types only (no INTERVAL column, no ARRAY, no MULTISET). */
    private static RelDataType sqlType(String text, SqlValidator validator, int offset, SqlScript script)
            throws SqlCodeException {
        String trimmed = text.trim();
        boolean notNull = false;
        if (trimmed.toUpperCase(java.util.Locale.ROOT).endsWith("NOT NULL")) {
            notNull = true;
            trimmed = trimmed.substring(0, trimmed.length() - "NOT NULL".length()).trim();
        }
        try {
            SqlNode cast = SqlParser.create("CAST(NULL AS " + trimmed + ")", PARSER).parseExpression();
            SqlDataTypeSpec spec = ((SqlCall) cast).operand(1);
            RelDataType type = spec.deriveType(validator);
            String name = type.getSqlTypeName().getName();
            if (!KDA_TYPES.contains(name)) {
                throw new SqlCodeException("Type " + trimmed + " cannot be a column's type", 0, 0);
            }
            return validator.getTypeFactory().createTypeWithNullability(type, !notNull);
        } catch (SqlParseException | RuntimeException | SqlCodeException e) {
            String message = "Unknown or malformed SQL type: " + trimmed;
            if (offset < 0) {
                throw new SqlCodeException(message, 0, 0);
            }
            throw SqlCodeException.at(script.text(), offset, message);
        }
    }

    private static final List<String> KDA_TYPES = List.of("BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT",
            "DECIMAL", "REAL", "FLOAT", "DOUBLE", "CHAR", "VARCHAR", "BINARY", "VARBINARY", "DATE", "TIME",
            "TIMESTAMP");

    // ---- pumps ----

    private static SqlInsert parseInsert(SqlScript script, Header h) throws SqlCodeException {
        Statement st = h.statement();
        int from = st.tokens().get(h.bodyIndex()).start();
        String text = staggerRewritten(script, st, stepRewritten(script, st, script.only(from, st.end())));
        StringBuilder blanked = new StringBuilder(text);
        for (TableWindow w : tableWindows(script, st)) {
            blank(blanked, w.start(), w.end());
            for (int[] span : w.alsoBlank()) {
                blank(blanked, span[0], span[1]);
            }
        }
        text = blanked.toString();
        try {
            SqlNode node = SqlParser.create(text, PARSER).parseStmt();
            if (!(node instanceof SqlInsert insert)) {
                throw SqlCodeException.at(script.text(), from, "A pump's body is INSERT INTO <stream> SELECT STREAM …");
            }
            return insert;
        } catch (SqlParseException e) {
            SqlParserPos pos = e.getPos();
            String message = e.getMessage() == null ? "Syntax error" : e.getMessage().split("\n")[0];
            message = message.replaceAll(" at line \\d+, column \\d+\\.?", "");
            throw new SqlCodeException(message, pos == null ? 0 : pos.getLineNum(),
                    pos == null ? 0 : pos.getColumnNum());
        }
    }

    /**
     * {@code WINDOWED BY STAGGER (PARTITION BY k1, k2 RANGE INTERVAL 'n' unit)} as {@code GROUP BY k1, k2,
     * "$S"(ROWTIME)}: the keys stay where they were, {@code GROUP BY} takes WINDOWED's place and the marker RANGE's,
     * the rest is blanked (line breaks kept), so positions stay the user's. The interval is read by
     * {@link #staggerLength}.
     */
    private static String staggerRewritten(SqlScript script, Statement st, String text) throws SqlCodeException {
        Stagger s = stagger(script, st);
        if (s == null) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        blank(sb, s.windowedStart(), s.keysStart());
        sb.replace(s.windowedStart(), s.windowedStart() + "GROUP BY".length(), "GROUP BY");
        blank(sb, s.rangeStart(), s.end());
        String marker = ", \"$S\"(ROWTIME)";
        boolean fits = s.end() - s.rangeStart() >= marker.length()
                && text.substring(s.rangeStart(), s.rangeStart() + marker.length()).indexOf('\n') < 0;
        if (fits) {
            sb.replace(s.rangeStart(), s.rangeStart() + marker.length(), marker);
        } else {
            sb.insert(s.rangeStart(), marker);
        }
        return sb.toString();
    }

    private static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = sb.charAt(i);
            if (c != '\n' && c != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
    }

    /**
     * A window on a stream in a join ({@code FROM s OVER (RANGE INTERVAL …)} or {@code OVER w}): the text to blank
     * before Calcite reads the query (the OVER, and a named window's definition when only joins use it) and its
     * length.
     */
    record TableWindow(int start, int end, long length, List<int[]> alsoBlank) {
    }

    /** A definition in a pump's WINDOW clause: its name, its specification's tokens and its span. */
    private record NamedWindow(String name, List<Token> spec, int start, int end, List<String> clauseNames,
            int[] clause) {
    }

    /**
     * The windows a pump's FROM puts on its streams, in the order they appear; {@link #joinWindows} pairs them with
     * the join's sides.
     */
    private static List<TableWindow> tableWindows(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        List<TableWindow> out = new ArrayList<>();
        Map<String, NamedWindow> named = namedWindows(t);
        java.util.Set<String> usedElsewhere = new java.util.HashSet<>();
        for (int i = 1; i < t.size(); i++) {
            boolean joinSide = i >= 2 && t.get(i - 1).isIdentifier()
                    && (t.get(i - 2).isWord("FROM") || t.get(i - 2).isWord("JOIN"));
            if (t.get(i).isWord("OVER") && !joinSide && i + 1 < t.size() && t.get(i + 1).isIdentifier()) {
                usedElsewhere.add(t.get(i + 1).identifier());
            }
        }
        for (int i = 2; i + 1 < t.size(); i++) {
            boolean afterTable = t.get(i).isWord("OVER") && t.get(i - 1).isIdentifier()
                    && (t.get(i - 2).isWord("FROM") || t.get(i - 2).isWord("JOIN"));
            if (!afterTable) {
                continue;
            }
            List<Token> spec;
            int end;
            List<int[]> alsoBlank = new ArrayList<>();
            if (t.get(i + 1).isSymbol("(")) {
                int j = i + 2;
                int depth = 1;
                for (; j < t.size() && depth > 0; j++) {
                    if (t.get(j).isSymbol("(")) {
                        depth++;
                    } else if (t.get(j).isSymbol(")")) {
                        depth--;
                    }
                }
                spec = t.subList(i + 2, j - 1);
                end = t.get(j - 1).end();
                i = j - 1;
            } else {
                NamedWindow w = t.get(i + 1).isIdentifier() ? named.get(t.get(i + 1).identifier()) : null;
                if (w == null) {
                    throw SqlCodeException.at(script.text(), t.get(i + 1).start(), "Window '"
                            + t.get(i + 1).text() + "' not found");
                }
                spec = w.spec();
                end = t.get(i + 1).end();
                if (w.clauseNames().stream().noneMatch(usedElsewhere::contains)) {
                    alsoBlank.add(w.clause());
                } else if (!usedElsewhere.contains(w.name())) {
                    alsoBlank.add(new int[] {w.start(), w.end()});
                }
                i = i + 1;
            }
            int over = startOfOver(t, i);
            out.add(new TableWindow(over, end, joinWindowLength(script, spec, over), alsoBlank));
        }
        return out;
    }

    /** Where the OVER before token {@code i} (its window's last token) starts. */
    private static int startOfOver(List<Token> t, int i) {
        for (int k = i; k >= 0; k--) {
            if (t.get(k).isWord("OVER")) {
                return t.get(k).start();
            }
        }
        return t.get(i).start();
    }

    /**
     * A joined stream's window: {@code [ORDER BY [s.]ROWTIME] RANGE INTERVAL 'n' unit PRECEDING}. AWS allows no
     * partitions in a join's windows, and an ORDER BY only on ROWTIME.
     */
    private static long joinWindowLength(SqlScript script, List<Token> spec, int over) throws SqlCodeException {
        int k = 0;
        if (!spec.isEmpty() && spec.get(0).isWord("PARTITION")) {
            throw SqlCodeException.at(script.text(), spec.get(0).start(),
                    "A windowed join cannot use a partitioned window");
        }
        if (spec.size() > 2 && spec.get(0).isWord("ORDER") && spec.get(1).isWord("BY")) {
            k = 2;
            while (k < spec.size() && (spec.get(k).isIdentifier() && !spec.get(k).isWord("RANGE")
                    || spec.get(k).isSymbol("."))) {
                k++;
            }
            if (!spec.get(k - 1).isWord("ROWTIME")) {
                throw SqlCodeException.at(script.text(), spec.get(2).start(),
                        "A windowed join's window can only be ordered by ROWTIME");
            }
        }
        List<Token> rest = spec.subList(k, spec.size());
        boolean range = rest.size() == 5 && rest.get(0).isWord("RANGE") && rest.get(4).isWord("PRECEDING");
        if (!range) {
            throw SqlCodeException.at(script.text(), over,
                    "Kinesis Harness runs a joined stream's window as RANGE INTERVAL 'n' unit PRECEDING only, yet");
        }
        return staggerLength(script, rest.subList(1, 4));
    }

    /**
     * The pump's WINDOW clause's definitions ({@code WINDOW w1 AS (…), w2 AS (…)}), each spanning its name to its
     * closing parenthesis and the comma that joins it to the next (or the WINDOW keyword, when it is the only one).
     */
    private static Map<String, NamedWindow> namedWindows(List<Token> t) {
        Map<String, NamedWindow> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isWord("WINDOW")) {
                continue;
            }
            int clauseStart = t.get(i).start();
            int j = i + 1;
            List<NamedWindow> defs = new ArrayList<>();
            while (j + 2 < t.size() && t.get(j).isIdentifier() && t.get(j + 1).isWord("AS")
                    && t.get(j + 2).isSymbol("(")) {
                int k = j + 3;
                int depth = 1;
                for (; k < t.size() && depth > 0; k++) {
                    if (t.get(k).isSymbol("(")) {
                        depth++;
                    } else if (t.get(k).isSymbol(")")) {
                        depth--;
                    }
                }
                int end = t.get(k - 1).end();
                if (k < t.size() && t.get(k).isSymbol(",")) {
                    end = t.get(k).end();
                    k++;
                }
                defs.add(new NamedWindow(t.get(j).identifier(), t.subList(j + 3, k - (t.get(k - 1).isSymbol(",")
                        ? 2 : 1)), t.get(j).start(), end, null, null));
                j = k;
            }
            if (defs.isEmpty()) {
                continue;
            }
            List<String> names = defs.stream().map(NamedWindow::name).toList();
            int[] clause = {clauseStart, defs.get(defs.size() - 1).end()};
            for (int d = 0; d < defs.size(); d++) {
                NamedWindow def = defs.get(d);
                // The last definition takes the comma before it, so blanking it leaves the others' list whole.
                int start = d > 0 && d == defs.size() - 1 ? defs.get(d - 1).end() - 1 : def.start();
                out.put(def.name(), new NamedWindow(def.name(), def.spec(), start, def.end(), names, clause));
            }
            i = j - 1;
        }
        return out;
    }

    /** The join windows of a pump, left then right, in milliseconds (0: a side without a window). */
    private static long[] joinWindows(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        List<Long> sides = new ArrayList<>();
        List<TableWindow> windows = tableWindows(script, st);
        for (int i = 1; i < t.size(); i++) {
            boolean table = t.get(i).isIdentifier() && (t.get(i - 1).isWord("FROM") || t.get(i - 1).isWord("JOIN"));
            if (table) {
                long length = 0;
                for (TableWindow w : windows) {
                    if (w.start() > t.get(i).start() && (i + 1 >= t.size() || w.start() == t.get(i + 1).start())) {
                        length = w.length();
                    }
                }
                sides.add(length);
            }
        }
        return sides.size() >= 2 ? new long[] {sides.get(sides.size() - 2), sides.get(sides.size() - 1)}
                : new long[] {0, 0};
    }

    /** Where a pump's stagger clause is, and its window's length. */
    private record Stagger(int windowedStart, int keysStart, int rangeStart, int end, long length) {
    }

    private static Stagger stagger(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        for (int i = 0; i + 5 < t.size(); i++) {
            if (!(t.get(i).isWord("WINDOWED") && t.get(i + 1).isWord("BY"))) {
                continue;
            }
            int at = t.get(i).start();
            if (!t.get(i + 2).isWord("STAGGER") || !t.get(i + 3).isSymbol("(") || !t.get(i + 4).isWord("PARTITION")
                    || !t.get(i + 5).isWord("BY")) {
                throw SqlCodeException.at(script.text(), at, "Expected WINDOWED BY STAGGER (PARTITION BY … RANGE "
                        + "INTERVAL …)");
            }
            int depth = 1;
            int range = -1;
            int j = i + 6;
            for (; j < t.size(); j++) {
                Token x = t.get(j);
                if (x.isSymbol("(")) {
                    depth++;
                } else if (x.isSymbol(")")) {
                    if (--depth == 0) {
                        break;
                    }
                } else if (depth == 1 && x.isWord("RANGE")) {
                    range = j;
                }
            }
            if (range < 0 || j >= t.size()) {
                throw SqlCodeException.at(script.text(), at, "A stagger window needs RANGE INTERVAL … after its "
                        + "PARTITION BY keys");
            }
            long length = staggerLength(script, t.subList(range + 1, j));
            return new Stagger(at, t.get(i + 6).start(), t.get(range).start(), t.get(j).end(), length);
        }
        return null;
    }

    /** A stagger window's length from {@code INTERVAL 'n' unit}, in milliseconds. */
    private static long staggerLength(SqlScript script, List<Token> interval) throws SqlCodeException {
        if (interval.size() < 3 || !interval.get(0).isWord("INTERVAL") || interval.get(1).kind() != SqlScript.Kind.STRING) {
            throw SqlCodeException.at(script.text(), interval.isEmpty() ? 0 : interval.get(0).start(),
                    "A stagger window's RANGE is INTERVAL 'n' SECOND|MINUTE|HOUR|DAY");
        }
        long n;
        try {
            n = Long.parseLong(interval.get(1).text().trim());
        } catch (NumberFormatException e) {
            throw SqlCodeException.at(script.text(), interval.get(1).start(), "A stagger window's length is a whole "
                    + "number of its unit");
        }
        long unit = switch (interval.get(2).text().toUpperCase(java.util.Locale.ROOT)) {
            case "SECOND" -> 1000L;
            case "MINUTE" -> 60_000L;
            case "HOUR" -> 3_600_000L;
            case "DAY" -> 86_400_000L;
            default -> throw SqlCodeException.at(script.text(), interval.get(2).start(), "A stagger window's RANGE "
                    + "is INTERVAL 'n' SECOND|MINUTE|HOUR|DAY");
        };
        return n * unit;
    }

    /** {@code STEP(x BY n)} as {@code STEP(x , n)}: the same length, so positions stay the user's. */
    private static String stepRewritten(SqlScript script, Statement st, String text) {
        StringBuilder sb = new StringBuilder(text);
        List<Token> t = st.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).isWord("STEP") && t.get(i + 1).isSymbol("(")) {
                int depth = 0;
                for (int j = i + 1; j < t.size(); j++) {
                    Token x = t.get(j);
                    if (x.isSymbol("(")) {
                        depth++;
                    } else if (x.isSymbol(")")) {
                        if (--depth == 0) {
                            break;
                        }
                    } else if (depth == 1 && x.isWord("BY")) {
                        sb.replace(x.start(), x.end(), ", ");
                        break;
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Pumps in the order rows flow: one writing a stream before those reading it; otherwise as written. */
    private static List<Header> order(List<Header> pumps, SqlScript script, StreamCatalog catalog)
            throws SqlCodeException {
        Map<Header, SqlInsert> inserts = new LinkedHashMap<>();
        for (Header p : pumps) {
            inserts.put(p, parseInsert(script, p));
        }
        List<Header> out = new ArrayList<>();
        List<Header> left = new ArrayList<>(pumps);
        while (!left.isEmpty()) {
            Header next = null;
            for (Header p : left) {
                List<String> reads = readStreams(inserts.get(p).getSource());
                boolean ready = true;
                for (Header q : left) {
                    if (q != p && reads.contains(target(inserts.get(q)))) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = p;
                    break;
                }
            }
            if (next == null) {
                next = left.get(0);
            }
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    private static String target(SqlInsert insert) {
        SqlNode t = insert.getTargetTable();
        return t instanceof SqlIdentifier id ? id.names.get(id.names.size() - 1) : "";
    }

    private static List<String> readStreams(SqlNode node) {
        List<String> names = new ArrayList<>();
        node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                names.add(id.names.get(id.names.size() - 1));
                return id;
            }
        });
        return names;
    }

    private static void compilePump(SqlScript script, Header h, StreamCatalog catalog,
            Map<String, InAppStream> streams, Map<String, List<Object[]>> tableRows, EvalContext context, List<TimedOperator> windows, LongSupplier now,
            LongConsumer wakeAt, InAppStream errors) throws SqlCodeException {
        SqlInsert insert = parseInsert(script, h);
        String targetName = target(insert);
        StreamCatalog.StreamDef target = catalog.find(targetName);
        if (target == null || target.input()) {
            SqlParserPos pos = insert.getTargetTable().getParserPosition();
            throw new SqlCodeException(target == null ? "Object '" + targetName + "' not found"
                    : "Stream '" + targetName + "' is fed by an input; a pump cannot insert into it",
                    pos.getLineNum(), pos.getColumnNum());
        }
        SqlNode query = rewrite(insert.getSource(), catalog);
        SqlValidator validator = validator(catalog);
        SqlNode validated;
        try {
            validated = validator.validate(query);
        } catch (CalciteContextException e) {
            throw new SqlCodeException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(),
                    e.getPosLine(), e.getPosColumn());
        } catch (RuntimeException e) {
            SqlParserPos pos = query.getParserPosition();
            throw new SqlCodeException(String.valueOf(e.getMessage()), pos.getLineNum(), pos.getColumnNum());
        }
        if (!(validated instanceof SqlSelect select && (select.getModifierNode(
                org.apache.calcite.sql.SqlSelectKeyword.STREAM) != null || fromTableFunction(select)))
                && !(validated.getKind() == SqlKind.UNION)) {
            SqlParserPos pos = query.getParserPosition();
            throw new SqlCodeException("A pump's query must be SELECT STREAM", pos.getLineNum(), pos.getColumnNum());
        }
        RelDataType rowType = validator.getValidatedNodeType(validated);
        int[] targetColumns = targetColumns(insert, target, rowType);
        RelNode rel = toRel(validator, catalog, validated);

        InAppStream out = streams.get(target.name());
        List<ColumnType> outTypes = out.types();
        String pumpName = h.name();
        RowSink insertSink = (rowtime, row) -> {
            Object[] values = new Object[outTypes.size()];
            for (int i = 0; i < targetColumns.length; i++) {
                int c = targetColumns[i];
                values[c] = Values.cast(row[i], outTypes.get(c));
            }
            out.insert(rowtime, values);
        };
        Stagger stagger = stagger(script, h.statement());
        PumpBuilder builder = new PumpBuilder(streams, tableRows, context, windows, wakeAt,
                stagger == null ? 0 : stagger.length(), joinWindows(script, h.statement()),
                next -> (rowtime, row) -> {
            try {
                next.accept(rowtime, row);
            } catch (RowError e) {
                ErrorStream.report(errors, now.getAsLong(), e, rowtime, rowText(row), pumpName);
            } catch (ArithmeticException | IndexOutOfBoundsException | ClassCastException | NumberFormatException e) {
                // A failure the expression did not foresee still fails only its row, as AWS's engine does.
                ErrorStream.report(errors, now.getAsLong(), new RowError("SQL_EXECUTION_ERROR",
                        String.valueOf(e.getMessage())), rowtime, rowText(row), pumpName);
            }
        });
        try {
            builder.build(rel, insertSink);
        } catch (RexCompiler.Unsupported e) {
            SqlParserPos pos = query.getParserPosition();
            throw new SqlCodeException("Kinesis Harness does not run " + e.getMessage() + " yet",
                    pos.getLineNum(), pos.getColumnNum());
        } catch (IllegalArgumentException e) {
            // An argument out of the range the reference gives (a table function's parameters, a pattern).
            SqlParserPos pos = query.getParserPosition();
            throw new SqlCodeException(e.getMessage(), pos.getLineNum(), pos.getColumnNum());
        }
    }

    /**
     * Whether a query reads {@code TABLE(f(CURSOR(…)))}: a stream already, so AWS's own HOTSPOTS examples select
     * from it without STREAM.
     */
    private static boolean fromTableFunction(SqlSelect select) {
        SqlNode from = select.getFrom();
        if (from != null && from.getKind() == SqlKind.AS) {
            from = ((org.apache.calcite.sql.SqlCall) from).operand(0);
        }
        return from != null && from.getKind() == SqlKind.COLLECTION_TABLE;
    }

    private static String rowText(Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(row[i] == null ? "" : row[i]);
        }
        return sb.toString();
    }

    /** Which target column each query column goes to; AWS's count and assignment rules. */
    private static int[] targetColumns(SqlInsert insert, StreamCatalog.StreamDef target, RelDataType rowType)
            throws SqlCodeException {
        SqlNodeList list = insert.getTargetColumnList();
        List<String> names = new ArrayList<>();
        if (list == null) {
            names.addAll(target.columns());
        } else {
            for (SqlNode n : list) {
                String c = ((SqlIdentifier) n).getSimple();
                if (!target.columns().contains(c)) {
                    SqlParserPos pos = n.getParserPosition();
                    throw new SqlCodeException("Unknown target column '" + c + "'", pos.getLineNum(),
                            pos.getColumnNum());
                }
                names.add(c);
            }
        }
        List<RelDataTypeField> fields = rowType.getFieldList();
        SqlParserPos pos = insert.getSource().getParserPosition();
        if (fields.size() != names.size()) {
            throw new SqlCodeException("Number of INSERT target columns (" + names.size()
                    + ") does not equal number of source items (" + fields.size() + ")", pos.getLineNum(),
                    pos.getColumnNum());
        }
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = target.columns().indexOf(names.get(i));
            RelDataType to = target.types().get(out[i]);
            RelDataType from = fields.get(i).getType();
            if (!SqlTypeUtil.canAssignFrom(to, from)) {
                throw new SqlCodeException("Cannot assign to target field '" + names.get(i) + "' of type "
                        + to.getFullTypeString().replace(" NOT NULL", "") + " from source field '"
                        + fields.get(i).getName() + "' of type " + from.getFullTypeString().replace(" NOT NULL", ""),
                        pos.getLineNum(), pos.getColumnNum());
            }
        }
        return out;
    }

    private static SqlValidator validator(StreamCatalog catalog) {
        CalciteCatalogReader reader = catalog.reader();
        return SqlValidatorUtil.newValidator(
                KdaOperators.ALL, reader,
                catalog.types, SqlValidator.Config.DEFAULT.withIdentifierExpansion(true));
    }

    private static RelNode toRel(SqlValidator validator, StreamCatalog catalog, SqlNode validated) {
        RelOptCluster cluster = RelOptCluster.create(new HepPlanner(HepProgram.builder().build()),
                new RexBuilder(catalog.types));
        SqlToRelConverter converter = new SqlToRelConverter((rowType, queryString, schemaPath, viewPath) -> null,
                validator, catalog.reader(), cluster, StandardConvertletTable.INSTANCE,
                SqlToRelConverter.config().withTrimUnusedFields(false).withExpand(true));
        RelRoot root = converter.convertQuery(validated, false, true);
        return root.project();
    }

    // ---- rewrites before validation ----

    /**
     * KDA's implicit columns: {@code *} stands for a stream's own columns (not ROWTIME nor the arrival time), and an
     * unqualified ROWTIME in a select list is the ROWTIME of the row being produced.
     */
    static SqlNode rewrite(SqlNode query, StreamCatalog catalog) {
        if (query instanceof SqlSelect select) {
            if (select.getFrom() != null) {
                select.setFrom(rewriteFrom(select.getFrom(), catalog));
            }
            expandStars(select, catalog);
            orderWindowsByRowtime(select);
            {
                // An unqualified ROWTIME in a select list is the produced row's (a window's end, a join's later
                // row's): the same as the input row's where one row makes one row.
                SqlNodeList list = select.getSelectList();
                SqlNodeList replaced = new SqlNodeList(list.getParserPosition());
                for (SqlNode item : list) {
                    replaced.add(item.accept(new SqlShuttle() {
                        @Override
                        public SqlNode visit(SqlIdentifier id) {
                            if (id.isSimple() && id.getSimple().equals(StreamCatalog.ROWTIME)) {
                                return new SqlBasicCall(KdaOperators.OUTPUT_ROWTIME, List.of(),
                                        id.getParserPosition());
                            }
                            return id;
                        }
                    }));
                }
                select.setSelectList(replaced);
            }
            return select;
        }
        if (query instanceof SqlBasicCall call && (call.getKind() == SqlKind.UNION)) {
            for (int i = 0; i < call.operandCount(); i++) {
                call.setOperand(i, rewrite(call.operand(i), catalog));
            }
        }
        if (query instanceof org.apache.calcite.sql.SqlOrderBy orderBy) {
            // SELECT STREAM * … ORDER BY …: the parser wraps the select; its stars and ROWTIMEs are the select's.
            return new org.apache.calcite.sql.SqlOrderBy(orderBy.getParserPosition(),
                    rewrite(orderBy.query, catalog), orderBy.orderList, orderBy.offset, orderBy.fetch);
        }
        return query;
    }

    /**
     * KDA's windows order by ROWTIME without saying so ({@code RANGE INTERVAL '1' MINUTE PRECEDING}); Calcite wants the
     * order written, so a window without ORDER BY gets the stream's ROWTIME (qualified by the FROM's only stream).
     */
    private static void orderWindowsByRowtime(SqlSelect select) {
        SqlNode from = select.getFrom();
        String alias = null;
        if (from instanceof SqlIdentifier id) {
            alias = id.names.get(id.names.size() - 1);
        } else if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS) {
            alias = ((SqlIdentifier) call.operand(1)).getSimple();
        }
        String qualifier = alias;
        List<org.apache.calcite.sql.SqlWindow> windows = new ArrayList<>();
        for (SqlNode w : select.getWindowList()) {
            windows.add((org.apache.calcite.sql.SqlWindow) w);
        }
        select.getSelectList().accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (call.getKind() == SqlKind.OVER && call.operand(1) instanceof org.apache.calcite.sql.SqlWindow w) {
                    windows.add(w);
                }
                return super.visit(call);
            }
        });
        for (org.apache.calcite.sql.SqlWindow w : windows) {
            if (w.getOrderList().isEmpty() && w.getRefName() == null) {
                SqlParserPos pos = w.getParserPosition();
                SqlIdentifier rowtime = qualifier == null ? new SqlIdentifier(StreamCatalog.ROWTIME, pos)
                        : new SqlIdentifier(List.of(qualifier, StreamCatalog.ROWTIME), pos);
                w.setOrderList(new SqlNodeList(List.of(rowtime), pos));
            }
        }
    }

    private static List<String> ownColumns(StreamCatalog catalog, SqlIdentifier id) {
        String name = id.names.get(id.names.size() - 1);
        StreamCatalog.StreamDef stream = catalog.find(name);
        if (stream != null) {
            return stream.columns();
        }
        StreamCatalog.TableDef table = catalog.table(name);
        return table == null ? null : table.columns();
    }

    private static SqlNode rewriteFrom(SqlNode from, StreamCatalog catalog) {
        if (from instanceof SqlSelect) {
            return rewrite(from, catalog);
        }
        if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS) {
            call.setOperand(0, rewriteFrom(call.operand(0), catalog));
        } else if (from instanceof SqlBasicCall table && table.getKind() == SqlKind.COLLECTION_TABLE
                && table.operand(0) instanceof SqlBasicCall function) {
            // TABLE(FN(CURSOR(SELECT STREAM …), …)): the cursor's query is rewritten as any query is.
            for (int i = 0; i < function.operandCount(); i++) {
                if (function.operand(i) instanceof SqlBasicCall cursor && cursor.getKind() == SqlKind.CURSOR) {
                    cursor.setOperand(0, rewrite(cursor.operand(0), catalog));
                }
            }
        } else if (from instanceof SqlJoin join) {
            join.setLeft(rewriteFrom(join.getLeft(), catalog));
            join.setRight(rewriteFrom(join.getRight(), catalog));
        }
        return from;
    }

    private static void expandStars(SqlSelect select, StreamCatalog catalog) {
        if (select.getFrom() == null) {
            return;
        }
        Map<String, List<String>> items = new LinkedHashMap<>();
        if (!fromItems(select.getFrom(), catalog, items)) {
            return;
        }
        SqlNodeList list = select.getSelectList();
        SqlNodeList out = new SqlNodeList(list.getParserPosition());
        boolean changed = false;
        for (SqlNode item : list) {
            if (item instanceof SqlIdentifier id && id.isStar()) {
                changed = true;
                String only = id.names.size() > 1 ? id.names.get(id.names.size() - 2) : null;
                for (Map.Entry<String, List<String>> e : items.entrySet()) {
                    if (only != null && !only.equals(e.getKey())) {
                        continue;
                    }
                    for (String c : e.getValue()) {
                        out.add(new SqlIdentifier(List.of(e.getKey(), c), id.getParserPosition()));
                    }
                }
            } else {
                out.add(item);
            }
        }
        if (changed) {
            select.setSelectList(out);
        }
    }

    /**
     * The columns {@code *} stands for, by the alias of each stream or reference table a FROM clause names; false
     * when it holds something else (a subquery).
     */
    private static boolean fromItems(SqlNode from, StreamCatalog catalog, Map<String, List<String>> out) {
        if (from instanceof SqlIdentifier id) {
            List<String> columns = ownColumns(catalog, id);
            if (columns == null) {
                return false;
            }
            out.put(id.names.get(id.names.size() - 1), columns);
            return true;
        }
        if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS
                && call.operand(0) instanceof SqlIdentifier id) {
            List<String> columns = ownColumns(catalog, id);
            if (columns == null) {
                return false;
            }
            out.put(((SqlIdentifier) call.operand(1)).getSimple(), columns);
            return true;
        }
        if (from instanceof SqlJoin join) {
            return fromItems(join.getLeft(), catalog, out) && fromItems(join.getRight(), catalog, out);
        }
        return false;
    }
}
