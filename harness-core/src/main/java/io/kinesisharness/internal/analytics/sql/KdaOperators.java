package io.kinesisharness.internal.analytics.sql;

import java.util.List;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlMonotonicity;

/**
 * The functions of Kinesis Data Analytics' dialect that Calcite's standard table lacks, declared so the validator
 * types them (and knows STEP keeps its argument's monotonicity, as FLOOR does, which the streaming GROUP BY rule
 * needs). The engine computes them ({@link RexCompiler}).
 */
final class KdaOperators {

    private static final org.apache.calcite.sql.type.SqlTypeFamily INTEGER =
            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER;

    /** {@code STEP(x BY interval)}, which the script reader hands to Calcite as {@code STEP(x, interval)}. */
    static final SqlFunction STEP = new SqlFunction("STEP", SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0_NULLABLE, null,
            OperandTypes.or(OperandTypes.DATETIME_INTERVAL, OperandTypes.NUMERIC_NUMERIC),
            SqlFunctionCategory.TIMEDATE) {
        @Override
        public SqlMonotonicity getMonotonicity(SqlOperatorBinding call) {
            return call.getOperandMonotonicity(0).unstrict();
        }
    };

    /**
     * An unqualified {@code ROWTIME} in the select list of a GROUP BY query: the ROWTIME of the row being produced
     * (the window's end), not a column of the input. Only the script reader writes it.
     */
    static final SqlFunction OUTPUT_ROWTIME = new SqlFunction("$OUTPUT_ROWTIME", SqlKind.OTHER_FUNCTION,
            ReturnTypes.explicit(SqlTypeName.TIMESTAMP, 3), null, OperandTypes.NILADIC, SqlFunctionCategory.SYSTEM) {
        @Override
        public boolean isDeterministic() {
            return false;
        }
    };

    /**
     * The stagger window's place among a GROUP BY's keys: {@code WINDOWED BY STAGGER (PARTITION BY k RANGE …)} is
     * read as {@code GROUP BY k, "$S"(ROWTIME)}, a key computed from ROWTIME, so Calcite's streaming rule holds.
     */
    static final SqlFunction STAGGER = new SqlFunction("$S", SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0, null,
            OperandTypes.DATETIME, SqlFunctionCategory.SYSTEM) {
        @Override
        public SqlMonotonicity getMonotonicity(SqlOperatorBinding call) {
            return call.getOperandMonotonicity(0);
        }
    };

    /** {@code MONOTONIC(x)}: x, declared ascending by the application (so a streaming GROUP BY may key on it). */
    static final SqlFunction MONOTONIC = new SqlFunction("MONOTONIC", SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0, null,
            OperandTypes.ANY, SqlFunctionCategory.SYSTEM) {
        @Override
        public SqlMonotonicity getMonotonicity(SqlOperatorBinding call) {
            return SqlMonotonicity.INCREASING;
        }
    };

    /** {@code CURRENT_ROW_TIMESTAMP}: the time the row is computed, written without parentheses. */
    static final SqlFunction CURRENT_ROW_TIMESTAMP = new SqlFunction("CURRENT_ROW_TIMESTAMP",
            SqlKind.OTHER_FUNCTION, ReturnTypes.explicit(SqlTypeName.TIMESTAMP, 3), null, OperandTypes.NILADIC,
            SqlFunctionCategory.TIMEDATE) {
        @Override
        public SqlSyntax getSyntax() {
            return SqlSyntax.FUNCTION_ID;
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }

        @Override
        public boolean isDynamicFunction() {
            return true;
        }
    };

    /** {@code TSDIFF(ts1, ts2)}: milliseconds from ts2 to ts1, a BIGINT. */
    static final SqlFunction TSDIFF = new SqlFunction("TSDIFF", SqlKind.OTHER_FUNCTION,
            ReturnTypes.BIGINT_NULLABLE, null, OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.TIMESTAMP,
                    org.apache.calcite.sql.type.SqlTypeFamily.TIMESTAMP), SqlFunctionCategory.TIMEDATE);

    /** {@code REGEX_REPLACE(s, pattern, replacement, position, occurrence)}, Java regular expressions. */
    static final SqlFunction REGEX_REPLACE = new SqlFunction("REGEX_REPLACE", SqlKind.OTHER_FUNCTION,
            ReturnTypes.ARG0_NULLABLE_VARYING, null, OperandTypes.or(OperandTypes.STRING_STRING_STRING,
                    OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER,
                            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER)),
            SqlFunctionCategory.STRING);

    /**
     * KDA's LAG: the standard's, except that it takes the window's frame ({@code OVER (PARTITION BY k ROWS 3
     * PRECEDING)}, as AWS's examples write it), which SQL (and so Calcite) refuses for LAG.
     */
    static final org.apache.calcite.sql.fun.SqlLeadLagAggFunction LAG =
            new org.apache.calcite.sql.fun.SqlLeadLagAggFunction(SqlKind.LAG) {
                @Override
                public boolean allowsFraming() {
                    return true;
                }
            };

    /** {@code TIMESTAMP_TO_CHAR(format, ts)}, {@code DATE_TO_CHAR}, {@code TIME_TO_CHAR}: Java date patterns, UTC. */
    static final SqlFunction TIMESTAMP_TO_CHAR = toChar("TIMESTAMP_TO_CHAR",
            org.apache.calcite.sql.type.SqlTypeFamily.TIMESTAMP);
    static final SqlFunction DATE_TO_CHAR = toChar("DATE_TO_CHAR", org.apache.calcite.sql.type.SqlTypeFamily.DATE);
    static final SqlFunction TIME_TO_CHAR = toChar("TIME_TO_CHAR", org.apache.calcite.sql.type.SqlTypeFamily.TIME);

    /** {@code CHAR_TO_TIMESTAMP(format, text)}, {@code CHAR_TO_DATE}, {@code CHAR_TO_TIME}: the reverse. */
    static final SqlFunction CHAR_TO_TIMESTAMP = fromChar("CHAR_TO_TIMESTAMP", SqlTypeName.TIMESTAMP);
    static final SqlFunction CHAR_TO_DATE = fromChar("CHAR_TO_DATE", SqlTypeName.DATE);
    static final SqlFunction CHAR_TO_TIME = fromChar("CHAR_TO_TIME", SqlTypeName.TIME);

    /** {@code UNIX_TIMESTAMP(ts)}: milliseconds since the epoch, a BIGINT. */
    static final SqlFunction UNIX_TIMESTAMP = new SqlFunction("UNIX_TIMESTAMP", SqlKind.OTHER_FUNCTION,
            ReturnTypes.BIGINT_NULLABLE, null, OperandTypes.TIMESTAMP, SqlFunctionCategory.TIMEDATE);

    /** {@code TO_TIMESTAMP(millis)}: the timestamp that many milliseconds after the epoch. */
    static final SqlFunction TO_TIMESTAMP = new SqlFunction("TO_TIMESTAMP", SqlKind.OTHER_FUNCTION,
            ReturnTypes.cascade(ReturnTypes.explicit(SqlTypeName.TIMESTAMP, 3),
                    org.apache.calcite.sql.type.SqlTypeTransforms.TO_NULLABLE), null, OperandTypes.NUMERIC,
            SqlFunctionCategory.TIMEDATE);

    private static SqlFunction toChar(String name, org.apache.calcite.sql.type.SqlTypeFamily family) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, ReturnTypes.cascade(
                ReturnTypes.explicit(SqlTypeName.VARCHAR, 128),
                org.apache.calcite.sql.type.SqlTypeTransforms.TO_NULLABLE), null,
                OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.CHARACTER, family),
                SqlFunctionCategory.TIMEDATE);
    }

    private static SqlFunction fromChar(String name, SqlTypeName type) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, ReturnTypes.cascade(type == SqlTypeName.DATE
                ? ReturnTypes.explicit(type) : ReturnTypes.explicit(type, type == SqlTypeName.TIMESTAMP ? 3 : 0),
                org.apache.calcite.sql.type.SqlTypeTransforms.TO_NULLABLE), null, OperandTypes.STRING_STRING,
                SqlFunctionCategory.TIMEDATE);
    }

    /**
     * KDA's FIRST_VALUE and LAST_VALUE: analytic functions over a window, and also aggregates of a GROUP BY or a
     * stagger window (real applications use them so; SQL, and so Calcite, requires OVER).
     */
    static final org.apache.calcite.sql.SqlAggFunction FIRST_VALUE = firstLast(SqlKind.FIRST_VALUE);
    static final org.apache.calcite.sql.SqlAggFunction LAST_VALUE = firstLast(SqlKind.LAST_VALUE);

    private static org.apache.calcite.sql.SqlAggFunction firstLast(SqlKind kind) {
        return new org.apache.calcite.sql.SqlAggFunction(kind.name(), null, kind,
                ReturnTypes.ARG0_NULLABLE_IF_EMPTY, null, OperandTypes.ANY, SqlFunctionCategory.NUMERIC, false,
                false, org.apache.calcite.util.Optionality.FORBIDDEN) {
        };
    }

    /** The standard operators KDA's table replaces. */
    private static final java.util.Set<SqlKind> REPLACED = java.util.Set.of(SqlKind.LAG, SqlKind.FIRST_VALUE,
            SqlKind.LAST_VALUE);

    /**
     * {@code TOP_K_ITEMS_TUMBLING(CURSOR(…), 'column', k, windowSeconds)}: the column and MOST_FREQUENT_VALUES; and
     * {@code COUNT_DISTINCT_ITEMS_TUMBLING(CURSOR(…), 'column', windowSeconds)}: NUMBER_OF_DISTINCT_ITEMS.
     */
    static final SqlFunction TOP_K_ITEMS_TUMBLING = new TumblingItems("TOP_K_ITEMS_TUMBLING", true);
    static final SqlFunction COUNT_DISTINCT_ITEMS_TUMBLING = new TumblingItems("COUNT_DISTINCT_ITEMS_TUMBLING", false);

    private static final class TumblingItems extends SqlFunction
            implements org.apache.calcite.sql.SqlTableFunction {
        private final boolean topK;

        TumblingItems(String name, boolean topK) {
            super(name, SqlKind.OTHER_FUNCTION, ReturnTypes.CURSOR, null, topK
                    ? OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.CURSOR,
                            org.apache.calcite.sql.type.SqlTypeFamily.CHARACTER,
                            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER,
                            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER)
                    : OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.CURSOR,
                            org.apache.calcite.sql.type.SqlTypeFamily.CHARACTER,
                            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER),
                    SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
            this.topK = topK;
        }

        @Override
        public org.apache.calcite.sql.type.SqlReturnTypeInference getRowTypeInference() {
            return binding -> {
                org.apache.calcite.rel.type.RelDataTypeFactory types = binding.getTypeFactory();
                org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
                if (topK) {
                    org.apache.calcite.rel.type.RelDataType cursor = binding.getCursorOperand(0);
                    String column = binding.getOperandLiteralValue(1, String.class);
                    org.apache.calcite.rel.type.RelDataTypeField field = cursor == null ? null
                            : cursor.getField(column, true, false);
                    if (field == null) {
                        throw binding.newError(org.apache.calcite.util.Static.RESOURCE.columnNotFound(column));
                    }
                    b.add(field.getName(), types.createTypeWithNullability(field.getType(), true));
                    b.add("MOST_FREQUENT_VALUES", SqlTypeName.BIGINT);
                } else {
                    b.add("NUMBER_OF_DISTINCT_ITEMS", SqlTypeName.BIGINT);
                }
                return b.build();
            };
        }
    }

    /**
     * {@code RANDOM_CUT_FOREST(CURSOR(…)[, numberOfTrees, subSampleSize, timeDecay, shingleSize])}: the cursor's
     * columns and ANOMALY_SCORE.
     */
    static final SqlFunction RANDOM_CUT_FOREST = new CursorFunction("RANDOM_CUT_FOREST", 0,
            List.of(INTEGER, INTEGER, INTEGER, INTEGER), List.of("ANOMALY_SCORE", "DOUBLE"));

    /**
     * {@code RANDOM_CUT_FOREST_WITH_EXPLANATION(CURSOR(…)[, numberOfTrees, subSampleSize, timeDecay, shingleSize,
     * withDirectionality])}: the cursor's columns, ANOMALY_SCORE and ANOMALY_EXPLANATION (JSON).
     */
    static final SqlFunction RANDOM_CUT_FOREST_WITH_EXPLANATION = new CursorFunction(
            "RANDOM_CUT_FOREST_WITH_EXPLANATION", 0,
            List.of(INTEGER, INTEGER, INTEGER, INTEGER, org.apache.calcite.sql.type.SqlTypeFamily.BOOLEAN),
            List.of("ANOMALY_SCORE", "DOUBLE", "ANOMALY_EXPLANATION", "VARCHAR"));

    /**
     * {@code HOTSPOTS(CURSOR(…), windowSize, scanRadius, minimumNumberOfPointsInAHotspot)}: the cursor's columns and
     * HOTSPOTS_RESULT (JSON), the name every AWS example reads (the reference's heading says HOTSPOT_RESULTS).
     */
    static final SqlFunction HOTSPOTS = new CursorFunction("HOTSPOTS", 3,
            List.of(INTEGER, org.apache.calcite.sql.type.SqlTypeFamily.NUMERIC, INTEGER),
            List.of("HOTSPOTS_RESULT", "VARCHAR"));

    /**
     * A table function over a cursor that passes the cursor's columns on with some of its own appended; after the
     * cursor, {@code required} arguments, then the rest optional from the end.
     */
    private static final class CursorFunction extends SqlFunction implements org.apache.calcite.sql.SqlTableFunction {

        private final List<String> added;

        CursorFunction(String name, int required, List<org.apache.calcite.sql.type.SqlTypeFamily> arguments,
                List<String> added) {
            super(name, SqlKind.OTHER_FUNCTION, ReturnTypes.CURSOR, null, operands(required, arguments),
                    SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
            this.added = added;
        }

        private static org.apache.calcite.sql.type.SqlOperandTypeChecker operands(int required,
                List<org.apache.calcite.sql.type.SqlTypeFamily> arguments) {
            List<org.apache.calcite.sql.type.SqlOperandTypeChecker> forms = new java.util.ArrayList<>();
            for (int n = required; n <= arguments.size(); n++) {
                List<org.apache.calcite.sql.type.SqlTypeFamily> families = new java.util.ArrayList<>();
                families.add(org.apache.calcite.sql.type.SqlTypeFamily.CURSOR);
                families.addAll(arguments.subList(0, n));
                forms.add(OperandTypes.family(families));
            }
            return OperandTypes.or(forms.toArray(new org.apache.calcite.sql.type.SqlOperandTypeChecker[0]));
        }

        @Override
        public org.apache.calcite.sql.type.SqlReturnTypeInference getRowTypeInference() {
            return binding -> {
                org.apache.calcite.rel.type.RelDataTypeFactory types = binding.getTypeFactory();
                org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
                b.addAll(binding.getCursorOperand(0).getFieldList());
                for (int i = 0; i < added.size(); i += 2) {
                    if (added.get(i + 1).equals("VARCHAR")) {
                        b.add(added.get(i), SqlTypeName.VARCHAR, 20480);
                    } else {
                        b.add(added.get(i), SqlTypeName.valueOf(added.get(i + 1)));
                    }
                }
                return b.build();
            };
        }
    }

    /**
     * {@code REGEX_LOG_PARSE(text, 'java regex')}: a row of COLUMN1…COLUMNn (VARCHAR), one per capture group of the
     * pattern, which must be a literal (it fixes the row's shape); NULL when the text does not match.
     */
    static final SqlFunction REGEX_LOG_PARSE = new SqlFunction("REGEX_LOG_PARSE", SqlKind.OTHER_FUNCTION,
            binding -> {
                String pattern = binding.getOperandLiteralValue(1, String.class);
                int groups;
                try {
                    groups = java.util.regex.Pattern.compile(pattern).matcher("").groupCount();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("Invalid regular expression " + pattern + ": "
                            + e.getMessage());
                }
                org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = binding.getTypeFactory().builder();
                for (int i = 1; i <= groups; i++) {
                    b.add("COLUMN" + i, SqlTypeName.VARCHAR, 1024).nullable(true);
                }
                return binding.getTypeFactory().createTypeWithNullability(b.build(), true);
            }, null, OperandTypes.STRING_STRING, SqlFunctionCategory.STRING);

    /**
     * {@code VARIABLE_COLUMN_LOG_PARSE(text, columns, delimiter[, escape, quote])}: the text split at the delimiter
     * into a row; {@code columns} is a count n (COLUMN1…COLUMNn, VARCHAR) or {@code 'NAME TYPE, …'}.
     */
    static final SqlFunction VARIABLE_COLUMN_LOG_PARSE = new SqlFunction("VARIABLE_COLUMN_LOG_PARSE",
            SqlKind.OTHER_FUNCTION, binding -> {
                org.apache.calcite.rel.type.RelDataTypeFactory types = binding.getTypeFactory();
                org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
                boolean count = binding.getOperandType(1).getSqlTypeName().getFamily()
                        != org.apache.calcite.sql.type.SqlTypeFamily.CHARACTER;
                Object spec = count ? binding.getOperandLiteralValue(1, Integer.class)
                        : binding.getOperandLiteralValue(1, String.class);
                for (String[] c : LogColumns.parse(spec)) {
                    b.add(c[0], LogColumns.type(types, c[1])).nullable(true);
                }
                return types.createTypeWithNullability(b.build(), true);
            }, null, OperandTypes.or(OperandTypes.STRING_STRING_STRING,
                    OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.INTEGER,
                            org.apache.calcite.sql.type.SqlTypeFamily.STRING),
                    OperandTypes.family(org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.ANY,
                            org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.STRING,
                            org.apache.calcite.sql.type.SqlTypeFamily.STRING)),
            SqlFunctionCategory.STRING);

    /**
     * {@code FAST_REGEX_LOG_PARSE(text, 'fast regex')} (the reference's page title spells it FAST_REGEX_LOG_PARSER;
     * both names are taken): COLUMN1…COLUMNn (VARCHAR(1024)), one per top-level group of the literal pattern.
     */
    static final SqlFunction FAST_REGEX_LOG_PARSE = fastRegex("FAST_REGEX_LOG_PARSE");
    static final SqlFunction FAST_REGEX_LOG_PARSER = fastRegex("FAST_REGEX_LOG_PARSER");

    private static SqlFunction fastRegex(String name) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, binding -> {
            int columns = io.kinesisharness.internal.analytics.engine.logs.FastRegex.compile(
                    literalText(binding, 1, name + "'s pattern")).columns();
            return varcharColumns(binding.getTypeFactory(), columns);
        }, null, OperandTypes.STRING_STRING, SqlFunctionCategory.STRING);
    }

    /** A character literal argument, which fixes the row's shape; anything else is refused by name. */
    private static String literalText(SqlOperatorBinding binding, int index, String what) {
        String text = binding.isOperandLiteral(index, false) ? binding.getOperandLiteralValue(index, String.class)
                : null;
        if (text == null) {
            throw new IllegalArgumentException(what + " must be a character literal");
        }
        return text;
    }

    private static org.apache.calcite.rel.type.RelDataType varcharColumns(
            org.apache.calcite.rel.type.RelDataTypeFactory types, int columns) {
        org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
        for (int i = 1; i <= columns; i++) {
            b.add("COLUMN" + i, SqlTypeName.VARCHAR, 1024).nullable(true);
        }
        return types.createTypeWithNullability(b.build(), true);
    }

    /**
     * {@code W3C_LOG_PARSE(text, 'COMMON' | … | 'apache specifiers')}: COLUMN1…COLUMNn, one per specifier.
     */
    static final SqlFunction W3C_LOG_PARSE = new SqlFunction("W3C_LOG_PARSE", SqlKind.OTHER_FUNCTION, binding -> {
        org.apache.calcite.rel.type.RelDataTypeFactory types = binding.getTypeFactory();
        org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
        List<String> columns = io.kinesisharness.internal.analytics.engine.logs.W3cFormat.compile(
                literalText(binding, 1, "W3C_LOG_PARSE's format")).types();
        for (int i = 0; i < columns.size(); i++) {
            b.add("COLUMN" + (i + 1), LogColumns.type(types, columns.get(i))).nullable(true);
        }
        return types.createTypeWithNullability(b.build(), true);
    }, null, OperandTypes.STRING_STRING, SqlFunctionCategory.STRING);

    /** {@code SYS_LOG_PARSE(text)}: COLUMN1 TIMESTAMP and COLUMN2 VARCHAR(1024), the reference's two columns. */
    static final SqlFunction SYS_LOG_PARSE = new SqlFunction("SYS_LOG_PARSE", SqlKind.OTHER_FUNCTION, binding -> {
        org.apache.calcite.rel.type.RelDataTypeFactory types = binding.getTypeFactory();
        return types.createTypeWithNullability(types.builder().add("COLUMN1", SqlTypeName.TIMESTAMP, 3)
                .nullable(true).add("COLUMN2", SqlTypeName.VARCHAR, 1024).nullable(true).build(), true);
    }, null, OperandTypes.STRING, SqlFunctionCategory.STRING);

    /**
     * {@code FIXED_COLUMN_LOG_PARSE(text, 'name TYPE type [NOT NULL] START n [FOR length], …')}: the named, typed
     * columns, each cut from the text at fixed positions.
     */
    static final SqlFunction FIXED_COLUMN_LOG_PARSE = new SqlFunction("FIXED_COLUMN_LOG_PARSE",
            SqlKind.OTHER_FUNCTION, binding -> {
                org.apache.calcite.rel.type.RelDataTypeFactory types = binding.getTypeFactory();
                org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
                for (String[] c : LogColumns.parse(literalText(binding, 1,
                        "FIXED_COLUMN_LOG_PARSE's column description"))) {
                    if (c[3] == null) {
                        throw new IllegalArgumentException("FIXED_COLUMN_LOG_PARSE column " + c[0]
                                + " needs START <position>");
                    }
                    b.add(c[0], LogColumns.type(types, c[1])).nullable(true);
                }
                return types.createTypeWithNullability(b.build(), true);
            }, null, OperandTypes.STRING_STRING, SqlFunctionCategory.STRING);

    static final SqlOperatorTable TABLE = SqlOperatorTables.of(
            List.of(STEP, OUTPUT_ROWTIME, STAGGER, MONOTONIC, CURRENT_ROW_TIMESTAMP, TSDIFF, REGEX_REPLACE, LAG,
                    TIMESTAMP_TO_CHAR, DATE_TO_CHAR, TIME_TO_CHAR, CHAR_TO_TIMESTAMP, CHAR_TO_DATE, CHAR_TO_TIME,
                    UNIX_TIMESTAMP, TO_TIMESTAMP, FIRST_VALUE, LAST_VALUE, TOP_K_ITEMS_TUMBLING,
                    COUNT_DISTINCT_ITEMS_TUMBLING, RANDOM_CUT_FOREST, REGEX_LOG_PARSE, VARIABLE_COLUMN_LOG_PARSE,
                    FAST_REGEX_LOG_PARSE, FAST_REGEX_LOG_PARSER, W3C_LOG_PARSE, SYS_LOG_PARSE, FIXED_COLUMN_LOG_PARSE,
                    RANDOM_CUT_FOREST_WITH_EXPLANATION, HOTSPOTS));

    /** Calcite's standard operators, without those KDA's table replaces, then KDA's. */
    static final SqlOperatorTable ALL = SqlOperatorTables.chain(new WithoutStandardLag(), TABLE);

    private static final class WithoutStandardLag implements SqlOperatorTable {
        private final SqlOperatorTable std = org.apache.calcite.sql.fun.SqlStdOperatorTable.instance();

        @Override
        public void lookupOperatorOverloads(org.apache.calcite.sql.SqlIdentifier opName,
                org.apache.calcite.sql.SqlFunctionCategory category, SqlSyntax syntax,
                List<org.apache.calcite.sql.SqlOperator> operatorList,
                org.apache.calcite.sql.validate.SqlNameMatcher nameMatcher) {
            List<org.apache.calcite.sql.SqlOperator> found = new java.util.ArrayList<>();
            std.lookupOperatorOverloads(opName, category, syntax, found, nameMatcher);
            found.removeIf(op -> REPLACED.contains(op.getKind()));
            operatorList.addAll(found);
        }

        @Override
        public List<org.apache.calcite.sql.SqlOperator> getOperatorList() {
            List<org.apache.calcite.sql.SqlOperator> all = new java.util.ArrayList<>(std.getOperatorList());
            all.removeIf(op -> REPLACED.contains(op.getKind()));
            return all;
        }
    }

    private KdaOperators() {
    }
}
