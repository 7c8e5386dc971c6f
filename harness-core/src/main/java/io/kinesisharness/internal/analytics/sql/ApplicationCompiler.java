package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.ErrorStream;
import io.kinesisharness.internal.analytics.engine.EvalContext;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.RowError;
import io.kinesisharness.internal.analytics.engine.RowSink;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.engine.SqlCompiler.InputStream;
import io.kinesisharness.internal.analytics.engine.SqlCompiler.ReferenceTable;
import io.kinesisharness.internal.analytics.engine.TimedOperator;
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
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
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
            throw SqlScript.codeError(script.text(), t.get(i).start(), "Only CREATE [OR REPLACE] STREAM and CREATE "
                    + "[OR REPLACE] PUMP statements can make up application code; found \"" + t.get(i).text() + "\"");
        }
        i++;
        if (i + 1 < t.size() && t.get(i).isWord("OR") && t.get(i + 1).isWord("REPLACE")) {
            i += 2;
        }
        if (i >= t.size() || !(t.get(i).isWord("STREAM") || t.get(i).isWord("PUMP"))) {
            Token at = i < t.size() ? t.get(i) : t.get(t.size() - 1);
            throw SqlScript.codeError(script.text(), at.start(), "Encountered \"" + at.text()
                    + "\"; expected STREAM or PUMP after CREATE [OR REPLACE] (Kinesis Harness does not serve CREATE "
                    + at.text().toUpperCase(java.util.Locale.ROOT) + ")");
        }
        boolean pump = t.get(i).isWord("PUMP");
        i++;
        if (i >= t.size() || !t.get(i).isIdentifier()) {
            Token at = t.get(Math.min(i, t.size() - 1));
            throw SqlScript.codeError(script.text(), at.start(), "Expected the " + (pump ? "pump" : "stream")
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
                throw SqlScript.codeError(script.text(), at.start(), "Expected AS INSERT INTO after the pump's name");
            }
            i++;
            if (i >= t.size() || !t.get(i).isWord("INSERT")) {
                Token at = t.get(Math.min(i, t.size() - 1));
                throw SqlScript.codeError(script.text(), at.start(), "A pump's body is INSERT INTO <stream> SELECT "
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
            throw SqlScript.codeError(script.text(), at.start(), "Expected the stream's columns in parentheses");
        }
        i++;
        List<String> columns = new ArrayList<>();
        List<RelDataType> columnTypes = new ArrayList<>();
        while (true) {
            if (i >= t.size() || !t.get(i).isIdentifier()) {
                Token at = t.get(Math.min(i, t.size() - 1));
                throw SqlScript.codeError(script.text(), at.start(), "Expected a column name");
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
                throw SqlScript.codeError(script.text(), at.start(), "Expected a type for column "
                        + column.identifier());
            }
            String typeText = script.text().substring(t.get(typeStart).start(), t.get(i - 1).end());
            String name = column.identifier();
            if (columns.contains(name)) {
                throw SqlScript.codeError(script.text(), column.start(), "Duplicate column name '" + name
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
            throw SqlScript.codeError(script.text(), t.get(i).start(), "Unexpected \"" + t.get(i).text()
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
        RelDataType type;
        try {
            SqlNode cast = SqlParser.create("CAST(NULL AS " + trimmed + ")", PARSER).parseExpression();
            SqlDataTypeSpec spec = ((SqlCall) cast).operand(1);
            type = spec.deriveType(validator);
        } catch (SqlParseException | RuntimeException e) {
            throw typeError(script, offset, "Unknown or malformed SQL type: " + trimmed);
        }
        if (!KDA_TYPES.contains(type.getSqlTypeName().getName())) {
            throw typeError(script, offset, "Type " + trimmed + " cannot be a column's type");
        }
        return validator.getTypeFactory().createTypeWithNullability(type, !notNull);
    }

    /** At the type's place in the code, or with no place for a type given outside it (an input's RecordColumns). */
    private static SqlCodeException typeError(SqlScript script, int offset, String message) {
        return offset < 0 ? new SqlCodeException(message, 0, 0) : SqlScript.codeError(script.text(), offset, message);
    }

    private static final List<String> KDA_TYPES = List.of("BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT",
            "DECIMAL", "REAL", "FLOAT", "DOUBLE", "CHAR", "VARCHAR", "BINARY", "VARBINARY", "DATE", "TIME",
            "TIMESTAMP");

    // ---- pumps ----

    private static SqlInsert parseInsert(SqlScript script, Header h) throws SqlCodeException {
        Statement st = h.statement();
        int from = st.tokens().get(h.bodyIndex()).start();
        String text = DialectClauses.staggerRewritten(script, st,
                DialectClauses.stepRewritten(script, st, script.only(from, st.end())));
        StringBuilder blanked = new StringBuilder(text);
        for (DialectClauses.TableWindow w : DialectClauses.tableWindows(script, st)) {
            DialectClauses.blank(blanked, w.start(), w.end());
            for (int[] span : w.alsoBlank()) {
                DialectClauses.blank(blanked, span[0], span[1]);
            }
        }
        text = blanked.toString();
        try {
            SqlNode node = SqlParser.create(text, PARSER).parseStmt();
            if (!(node instanceof SqlInsert insert)) {
                throw SqlScript.codeError(script.text(), from, "A pump's body is INSERT INTO <stream> SELECT STREAM …");
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
        SqlNode query = QueryRewrites.rewrite(insert.getSource(), catalog);
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
        DialectClauses.Stagger stagger = DialectClauses.stagger(script, h.statement());
        PumpBuilder builder = new PumpBuilder(streams, tableRows, context, windows, wakeAt,
                stagger == null ? 0 : stagger.length(), DialectClauses.joinWindows(script, h.statement()),
                next -> (rowtime, row) -> {
            try {
                next.accept(rowtime, row);
            } catch (RowError e) {
                ErrorStream.report(errors, now.getAsLong(), e, rowtime, rowText(row), pumpName);
            } catch (RuntimeException | StackOverflowError e) {
                // A failure the expression did not foresee still fails only its row, as AWS's engine does: the
                // application reads on.
                ErrorStream.report(errors, now.getAsLong(), new RowError("SQL_EXECUTION_ERROR",
                        e.getClass().getSimpleName() + ": " + e.getMessage()), rowtime, rowText(row), pumpName);
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
}
