package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.AggregateFunction;
import io.kinesisharness.internal.analytics.engine.EvalContext;
import io.kinesisharness.internal.analytics.engine.Expr;
import io.kinesisharness.internal.analytics.engine.FilterOperator;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.MonotonicAggregate;
import io.kinesisharness.internal.analytics.engine.ProjectOperator;
import io.kinesisharness.internal.analytics.engine.RowSink;
import io.kinesisharness.internal.analytics.engine.StaggerAggregate;
import io.kinesisharness.internal.analytics.engine.StreamJoin;
import io.kinesisharness.internal.analytics.engine.TimedOperator;
import io.kinesisharness.internal.analytics.engine.TumblingAggregate;
import io.kinesisharness.internal.analytics.engine.TumblingItems;
import io.kinesisharness.internal.analytics.engine.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.stream.LogicalDelta;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * Builds one pump's operators from its query's relational plan (Calcite's logical operators, read top-down): scans
 * subscribe to their in-application streams, filters and projections become continuous operators, an aggregate a
 * {@link TumblingAggregate} whose window end comes from the group key computed from ROWTIME. A plan node the engine
 * cannot run yet is refused by name.
 */
final class PumpBuilder {

    private final Map<String, InAppStream> streams;
    private final RexCompiler rex;
    private final EvalContext context;
    private final List<TimedOperator> windows;
    private final LongConsumer wakeAt;
    /** Wraps what a stream or a window feeds, so a row that fails goes to error_stream and the pump goes on. */
    private final UnaryOperator<RowSink> guard;

    /** The pump's stagger window length (0: none). */
    private final long staggerLength;

    /** The reference tables' rows, by table name. */
    private final Map<String, List<Object[]>> tables;

    /** The windows the pump's FROM puts on a join's left and right streams (milliseconds; 0 for none). */
    private final long[] joinWindows;

    PumpBuilder(Map<String, InAppStream> streams, Map<String, List<Object[]>> tables, EvalContext context,
            List<TimedOperator> windows, LongConsumer wakeAt, long staggerLength, long[] joinWindows,
            UnaryOperator<RowSink> guard) {
        this.joinWindows = joinWindows;
        this.tables = tables;
        this.staggerLength = staggerLength;
        this.streams = streams;
        this.rex = new RexCompiler(context);
        this.context = context;
        this.windows = windows;
        this.wakeAt = wakeAt;
        this.guard = guard;
    }

    /** Wires {@code node}'s operators so their output reaches {@code downstream}. */
    void build(RelNode node, RowSink downstream) throws RexCompiler.Unsupported {
        if (node instanceof LogicalDelta delta) {
            build(delta.getInput(), downstream);
        } else if (node instanceof LogicalTableScan scan) {
            List<String> name = scan.getTable().getQualifiedName();
            InAppStream s = streams.get(name.get(name.size() - 1));
            if (s == null) {
                throw new RexCompiler.Unsupported("reading reference table " + name.get(name.size() - 1)
                        + " other than joined to a stream");
            }
            s.subscribe(guard.apply(downstream));
        } else if (node instanceof org.apache.calcite.rel.logical.LogicalSort sort) {
            build(sort.getInput(), streamingSort(sort, downstream));
        } else if (node instanceof org.apache.calcite.rel.logical.LogicalTableFunctionScan function) {
            build(function.getInputs().get(0), tableFunction(function, downstream));
        } else if (node instanceof org.apache.calcite.rel.logical.LogicalJoin join) {
            if (staticRows(join.getRight()) == null && staticRows(join.getLeft()) == null) {
                streamJoin(join, downstream);
            } else {
                build(join.getLeft(), streamTableJoin(join, downstream));
            }
        } else if (node instanceof LogicalFilter filter) {
            build(filter.getInput(), new FilterOperator(rex.compile(filter.getCondition()), downstream, context));
        } else if (node instanceof LogicalProject project) {
            List<RexNode> exprs = project.getProjects();
            SlidingWindowPlan sliding = SlidingWindowPlan.of(exprs, rex, context);
            rex.windowed(sliding == null ? java.util.Map.of() : sliding.indexes());
            Expr[] compiled = new Expr[exprs.size()];
            try {
                for (int i = 0; i < compiled.length; i++) {
                    compiled[i] = rex.compile(exprs.get(i));
                }
            } finally {
                rex.windowed(java.util.Map.of());
            }
            RowSink projected = new ProjectOperator(compiled, downstream, context);
            build(project.getInput(), sliding == null ? projected : sliding.operator(projected));
        } else if (node instanceof LogicalAggregate agg) {
            build(agg.getInput(), aggregate(agg, downstream));
        } else {
            throw new RexCompiler.Unsupported(node.getRelTypeName().replace("Logical", "") + " ("
                    + node.explain().trim() + ")");
        }
    }

    /**
     * A stream joined to a reference table (the stream on the left, as KDA writes it): each stream row with every
     * table row the condition holds for, found through a hash on the condition's equalities; a LEFT JOIN keeps a
     * row without a match, its table columns NULL.
     */
    private RowSink streamTableJoin(org.apache.calcite.rel.logical.LogicalJoin join, RowSink downstream)
            throws RexCompiler.Unsupported {
        org.apache.calcite.rel.core.JoinRelType type = join.getJoinType();
        if (type != org.apache.calcite.rel.core.JoinRelType.INNER && type != org.apache.calcite.rel.core.JoinRelType.LEFT) {
            throw new RexCompiler.Unsupported(type + " joins of a stream and a reference table");
        }
        List<Object[]> table = staticRows(join.getRight());
        if (table == null) {
            throw new RexCompiler.Unsupported("a reference table on the left of a join to a stream");
        }
        int leftWidth = join.getLeft().getRowType().getFieldCount();
        int rightWidth = join.getRight().getRowType().getFieldCount();
        org.apache.calcite.rel.core.JoinInfo info = join.analyzeCondition();
        int[] leftKeys = info.leftKeys.toIntArray();
        int[] rightKeys = info.rightKeys.toIntArray();
        Expr rest = info.isEqui() ? null : rex.compile(join.getCondition());
        Map<List<Object>, List<Object[]>> index = new java.util.HashMap<>();
        for (Object[] r : table) {
            Object[] key = new Object[rightKeys.length];
            boolean nullKey = false;
            for (int i = 0; i < key.length; i++) {
                key[i] = normalizedKey(r[rightKeys[i]]);
                nullKey |= key[i] == null;
            }
            if (!nullKey) {
                index.computeIfAbsent(java.util.Arrays.asList(key), k -> new ArrayList<>()).add(r);
            }
        }
        boolean left = type == org.apache.calcite.rel.core.JoinRelType.LEFT;
        return (rowtime, row) -> {
            Object[] key = new Object[leftKeys.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = normalizedKey(row[leftKeys[i]]);
            }
            boolean matched = false;
            for (Object[] r : index.getOrDefault(java.util.Arrays.asList(key), List.of())) {
                Object[] joined = new Object[leftWidth + rightWidth];
                System.arraycopy(row, 0, joined, 0, leftWidth);
                System.arraycopy(r, 0, joined, leftWidth, rightWidth);
                if (rest == null || Boolean.TRUE.equals(rest.eval(joined))) {
                    matched = true;
                    downstream.accept(rowtime, joined);
                }
            }
            if (!matched && left) {
                Object[] joined = new Object[leftWidth + rightWidth];
                System.arraycopy(row, 0, joined, 0, leftWidth);
                downstream.accept(rowtime, joined);
            }
        };
    }

    /** A table function over a stream's cursor (TOP_K_ITEMS_TUMBLING, COUNT_DISTINCT_ITEMS_TUMBLING). */
    private RowSink tableFunction(org.apache.calcite.rel.logical.LogicalTableFunctionScan scan, RowSink downstream)
            throws RexCompiler.Unsupported {
        if (scan.getInputs().size() != 1 || !(scan.getCall() instanceof RexCall call)) {
            throw new RexCompiler.Unsupported("table function " + scan.getCall());
        }
        String name = call.getOperator().getName();
        List<Object> args = new ArrayList<>();
        for (RexNode o : call.getOperands().subList(1, call.getOperands().size())) {
            if (!(o instanceof RexLiteral lit)) {
                throw new RexCompiler.Unsupported(name + " with an argument that is not a literal");
            }
            args.add(RexCompiler.literal(lit));
        }
        RelNode input = scan.getInputs().get(0);
        switch (name) {
            case "TOP_K_ITEMS_TUMBLING", "COUNT_DISTINCT_ITEMS_TUMBLING" -> {
                boolean topK = name.startsWith("TOP_K");
                String column = (String) args.get(0);
                org.apache.calcite.rel.type.RelDataTypeField field = input.getRowType().getField(column, true, false);
                long seconds = ((Number) args.get(topK ? 2 : 1)).longValue();
                int k = topK ? ((Number) args.get(1)).intValue() : 0;
                if (seconds <= 0 || topK && k <= 0) {
                    throw new RexCompiler.Unsupported(name + " with a window or a count that is not positive");
                }
                TumblingItems op = new TumblingItems(field.getIndex(), k, seconds * 1000, guard.apply(downstream),
                        wakeAt);
                windows.add(op);
                return op;
            }
            case "RANDOM_CUT_FOREST", "RANDOM_CUT_FOREST_WITH_EXPLANATION" -> {
                try {
                    Class.forName("com.amazon.randomcutforest.RandomCutForest", false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new RexCompiler.Unsupported(name + " without AWS's Random Cut Forest library on"
                            + " the classpath (add software.amazon.randomcutforest:randomcutforest-core:4.4.0)");
                }
                List<org.apache.calcite.rel.type.RelDataTypeField> numeric = numericColumns(name, input, 30);
                int trees = args.isEmpty() ? 100 : ((Number) args.get(0)).intValue();
                int sample = args.size() < 2 ? 256 : ((Number) args.get(1)).intValue();
                long decay = args.size() < 3 ? 100_000 : ((Number) args.get(2)).longValue();
                int shingle = args.size() < 4 ? 1 : ((Number) args.get(3)).intValue();
                boolean directions = args.size() >= 5 && Boolean.TRUE.equals(args.get(4));
                inRange(name, "numberOfTrees", trees, 1, 1000);
                inRange(name, "subSampleSize", sample, 10, 1000);
                inRange(name, "timeDecay", decay, 1, Integer.MAX_VALUE);
                inRange(name, "shingleSize", shingle, 1, 30);
                if (sample >= decay) {
                    throw new IllegalArgumentException(name + ": subSampleSize (" + sample
                            + ") must be less than timeDecay (" + decay + ")");
                }
                io.kinesisharness.internal.analytics.engine.rcf.AnomalyScores.Explanation explanation =
                        !name.endsWith("EXPLANATION")
                                ? io.kinesisharness.internal.analytics.engine.rcf.AnomalyScores.Explanation.NONE
                                : directions
                                        ? io.kinesisharness.internal.analytics.engine.rcf.AnomalyScores.Explanation
                                                .DIRECTIONAL
                                        : io.kinesisharness.internal.analytics.engine.rcf.AnomalyScores.Explanation
                                                .ATTRIBUTION;
                return new io.kinesisharness.internal.analytics.engine.rcf.AnomalyScores(
                        numeric.stream().mapToInt(f -> f.getIndex()).toArray(),
                        numeric.stream().map(f -> f.getName()).toList(), trees, sample, decay, shingle, explanation,
                        downstream);
            }
            case "HOTSPOTS" -> {
                List<org.apache.calcite.rel.type.RelDataTypeField> numeric = numericColumns(name, input,
                        Integer.MAX_VALUE);
                int window = ((Number) args.get(0)).intValue();
                double radius = ((Number) args.get(1)).doubleValue();
                int minimum = ((Number) args.get(2)).intValue();
                inRange(name, "windowSize", window, 100, 1000);
                if (!(radius > 0)) {
                    throw new IllegalArgumentException(name + ": scanRadius must be greater than 0, not " + radius);
                }
                inRange(name, "minimumNumberOfPointsInAHotspot", minimum, 2, window);
                return new io.kinesisharness.internal.analytics.engine.Hotspots(
                        numeric.stream().mapToInt(f -> f.getIndex()).toArray(), window, radius, minimum, downstream);
            }
            default -> throw new RexCompiler.Unsupported("the table function " + name);
        }
    }

    /** The cursor's columns a machine-learning function reads: the numeric ones (DECIMAL excepted, as AWS says). */
    private static List<org.apache.calcite.rel.type.RelDataTypeField> numericColumns(String name, RelNode input,
            int most) {
        List<org.apache.calcite.rel.type.RelDataTypeField> numeric = new ArrayList<>();
        for (org.apache.calcite.rel.type.RelDataTypeField f : input.getRowType().getFieldList()) {
            org.apache.calcite.sql.type.SqlTypeName t = f.getType().getSqlTypeName();
            if (org.apache.calcite.sql.type.SqlTypeName.NUMERIC_TYPES.contains(t)
                    && t != org.apache.calcite.sql.type.SqlTypeName.DECIMAL) {
                numeric.add(f);
            }
        }
        if (numeric.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one numeric column (DOUBLE, REAL, FLOAT,"
                    + " BIGINT, INTEGER, SMALLINT or TINYINT; DECIMAL is not accepted) in its cursor");
        }
        if (numeric.size() > most) {
            throw new IllegalArgumentException(name + " accepts at most " + most + " numeric columns, not "
                    + numeric.size());
        }
        return numeric;
    }

    private static void inRange(String name, String parameter, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + parameter + " must be between " + min + " and " + max
                    + ", not " + value);
        }
    }

    /** Two streams joined, each side feeding the join through its own sink, windows from the FROM clause. */
    private void streamJoin(org.apache.calcite.rel.logical.LogicalJoin join, RowSink downstream)
            throws RexCompiler.Unsupported {
        org.apache.calcite.rel.core.JoinRelType type = join.getJoinType();
        if (type == org.apache.calcite.rel.core.JoinRelType.SEMI || type == org.apache.calcite.rel.core.JoinRelType.ANTI) {
            throw new RexCompiler.Unsupported(type + " joins of streams");
        }
        if (joinWindows[0] == 0 && joinWindows[1] == 0 && !join.getCondition().isAlwaysTrue()) {
            // AWS: at least one side must be windowed; without windows only rows of one ROWTIME would meet.
            throw new RexCompiler.Unsupported("a join of two streams without a window on either (OVER (RANGE …))");
        }
        int leftWidth = join.getLeft().getRowType().getFieldCount();
        int rightWidth = join.getRight().getRowType().getFieldCount();
        Expr condition = rex.compile(join.getCondition());
        boolean preserveLeft = type == org.apache.calcite.rel.core.JoinRelType.LEFT
                || type == org.apache.calcite.rel.core.JoinRelType.FULL;
        boolean preserveRight = type == org.apache.calcite.rel.core.JoinRelType.RIGHT
                || type == org.apache.calcite.rel.core.JoinRelType.FULL;
        StreamJoin op = new StreamJoin(leftWidth, rightWidth, joinWindows[0], joinWindows[1], preserveLeft,
                preserveRight, (l, r) -> {
                    Object[] both = new Object[leftWidth + rightWidth];
                    System.arraycopy(l, 0, both, 0, leftWidth);
                    System.arraycopy(r, 0, both, leftWidth, rightWidth);
                    return Boolean.TRUE.equals(condition.eval(both));
                }, guard.apply(downstream), wakeAt);
        windows.add(op);
        build(join.getLeft(), op.side(0));
        build(join.getRight(), op.side(1));
    }

    /** Join keys compare as SQL values: numbers by value, strings without CHAR padding. */
    private static Object normalizedKey(Object v) {
        if (v instanceof Number n && !(v instanceof Double)) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (v instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros();
        }
        if (v instanceof String s) {
            return Values.rtrim(s);
        }
        return v;
    }

    /** The rows a plan over a reference table gives (its scan, filters and projections), or null for a stream's. */
    private List<Object[]> staticRows(RelNode node) throws RexCompiler.Unsupported {
        if (node instanceof LogicalTableScan scan) {
            List<String> name = scan.getTable().getQualifiedName();
            return tables.get(name.get(name.size() - 1));
        }
        if (node instanceof LogicalFilter filter) {
            List<Object[]> in = staticRows(filter.getInput());
            if (in == null) {
                return null;
            }
            Expr condition = rex.compile(filter.getCondition());
            List<Object[]> out = new ArrayList<>();
            for (Object[] r : in) {
                if (Boolean.TRUE.equals(condition.eval(r))) {
                    out.add(r);
                }
            }
            return out;
        }
        if (node instanceof LogicalProject project) {
            List<Object[]> in = staticRows(project.getInput());
            if (in == null) {
                return null;
            }
            List<Expr> exprs = new ArrayList<>();
            for (RexNode e : project.getProjects()) {
                exprs.add(rex.compile(e));
            }
            List<Object[]> out = new ArrayList<>();
            for (Object[] r : in) {
                Object[] o = new Object[exprs.size()];
                for (int i = 0; i < o.length; i++) {
                    o[i] = exprs.get(i).eval(r);
                }
                out.add(o);
            }
            return out;
        }
        return null;
    }

    /** A streaming ORDER BY (no FETCH or OFFSET: a stream has no end to count from). */
    private RowSink streamingSort(org.apache.calcite.rel.logical.LogicalSort sort, RowSink downstream)
            throws RexCompiler.Unsupported {
        if (sort.fetch != null || sort.offset != null) {
            throw new RexCompiler.Unsupported("FETCH or OFFSET on a stream");
        }
        List<org.apache.calcite.rel.RelFieldCollation> keys = sort.getCollation().getFieldCollations();
        if (keys.isEmpty()) {
            return downstream;
        }
        java.util.Comparator<Object[]> order = (a, b) -> 0;
        for (org.apache.calcite.rel.RelFieldCollation k : keys) {
            int f = k.getFieldIndex();
            boolean descending = k.getDirection().isDescending();
            java.util.Comparator<Object[]> byKey = (a, b) -> {
                Object x = a[f];
                Object y = b[f];
                if (x == null || y == null) {
                    return x == y ? 0 : x == null ? -1 : 1;
                }
                return io.kinesisharness.internal.analytics.engine.Values.compare(x, y);
            };
            order = order.thenComparing(descending ? byKey.reversed() : byKey);
        }
        int first = keys.get(0).getFieldIndex();
        WindowKey w = windowKey(trace(sort.getInput(), first), 0);
        java.util.function.LongUnaryOperator end = w == null ? null : w::end;
        io.kinesisharness.internal.analytics.engine.StreamingSort op =
                new io.kinesisharness.internal.analytics.engine.StreamingSort(first, order, end,
                        guard.apply(downstream), wakeAt);
        windows.add(op);
        return op;
    }

    /** Whether field {@code index} of {@code node} is computed through MONOTONIC(…). */
    private static boolean containsMonotonic(RelNode node, int index) {
        if (node instanceof LogicalProject project) {
            boolean[] found = {false};
            project.getProjects().get(index).accept(new org.apache.calcite.rex.RexShuttle() {
                @Override
                public RexNode visitCall(RexCall call) {
                    found[0] |= call.getOperator() == KdaOperators.MONOTONIC;
                    return super.visitCall(call);
                }
            });
            return found[0];
        }
        return false;
    }

    private RowSink aggregate(LogicalAggregate agg, RowSink downstream) throws RexCompiler.Unsupported {
        if (agg.getGroupType() != org.apache.calcite.rel.core.Aggregate.Group.SIMPLE) {
            throw new RexCompiler.Unsupported("GROUPING SETS, ROLLUP and CUBE");
        }
        int[] groups = agg.getGroupSet().toArray();
        List<AggregateFunction> functions = new ArrayList<>();
        for (AggregateCall call : agg.getAggCallList()) {
            if (call.isDistinct() && call.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.COUNT) {
                // The reference's rule: SELECT COUNT(DISTINCT x) … GROUP BY … is not allowed.
                throw new IllegalArgumentException("COUNT DISTINCT is not allowed in an aggregate function");
            }
            if (call.isDistinct()) {
                throw new RexCompiler.Unsupported(call.getAggregation().getName() + "(DISTINCT …) in a streaming"
                        + " GROUP BY");
            }
            if (call.filterArg >= 0) {
                throw new RexCompiler.Unsupported("FILTER on an aggregate");
            }
            AggregateFunction.Kind kind = switch (call.getAggregation().getKind()) {
                case COUNT -> AggregateFunction.Kind.COUNT;
                case SUM, SUM0 -> AggregateFunction.Kind.SUM;
                case AVG -> AggregateFunction.Kind.AVG;
                case MIN -> AggregateFunction.Kind.MIN;
                case MAX -> AggregateFunction.Kind.MAX;
                case STDDEV_POP -> AggregateFunction.Kind.STDDEV_POP;
                case STDDEV_SAMP -> AggregateFunction.Kind.STDDEV_SAMP;
                case VAR_POP -> AggregateFunction.Kind.VAR_POP;
                case VAR_SAMP -> AggregateFunction.Kind.VAR_SAMP;
                case FIRST_VALUE -> AggregateFunction.Kind.FIRST_VALUE;
                case LAST_VALUE -> AggregateFunction.Kind.LAST_VALUE;
                default -> throw new RexCompiler.Unsupported("aggregate function " + call.getAggregation().getName());
            };
            int arg = call.getArgList().isEmpty() ? -1 : call.getArgList().get(0);
            functions.add(new AggregateFunction(kind, arg, StreamCatalog.columnType(call.getType())));
        }
        for (int k = 0; k < groups.length; k++) {
            RexNode key = trace(agg.getInput(), groups[k]);
            if (staggerLength > 0 && key instanceof RexCall call && call.getOperator() == KdaOperators.STAGGER) {
                StaggerAggregate s = new StaggerAggregate(groups, k, staggerLength, functions,
                        guard.apply(downstream), wakeAt);
                windows.add(s);
                return s;
            }
        }
        // The window: the group keys computed from ROWTIME, each giving when its group can get no more rows.
        List<WindowKey> keys = new ArrayList<>();
        for (int k = 0; k < groups.length; k++) {
            WindowKey w = windowKey(trace(agg.getInput(), groups[k]), k);
            if (w != null) {
                keys.add(w);
            }
        }
        if (keys.isEmpty()) {
            for (int k = 0; k < groups.length; k++) {
                if (containsMonotonic(agg.getInput(), groups[k])) {
                    return new MonotonicAggregate(groups, k, functions, guard.apply(downstream));
                }
            }
            throw new RexCompiler.Unsupported("a streaming GROUP BY whose monotonic expression is neither computed "
                    + "from ROWTIME (STEP(ROWTIME BY …), FLOOR(ROWTIME TO …), ROWTIME) nor declared MONOTONIC(…)");
        }
        TumblingAggregate.WindowEnd windowEnd = key -> {
            long end = Long.MAX_VALUE;
            for (WindowKey w : keys) {
                Object v = key[w.position];
                if (v != null) {
                    end = Math.min(end, w.end((Long) v));
                }
            }
            return end;
        };
        TumblingAggregate t = new TumblingAggregate(groups, functions, windowEnd, guard.apply(downstream), wakeAt);
        windows.add(t);
        return t;
    }

    /** A group key computed from ROWTIME: its place in the key and the length of the window it stands for. */
    private record WindowKey(int position, TimeUnitRange unit, long millis) {

        long end(long value) {
            if (unit != null) {
                return RexCompiler.ceilTimestamp(unit, value + 1);
            }
            return value + millis;
        }
    }

    private WindowKey windowKey(RexNode e, int position) {
        if (e == null) {
            return null;
        }
        if (isRowtime(e)) {
            return new WindowKey(position, null, 1);
        }
        if (e instanceof RexCall call) {
            if (call.getKind() == SqlKind.CAST) {
                return windowKey(call.getOperands().get(0), position);
            }
            if (call.getKind() == SqlKind.FLOOR && call.getOperands().size() == 2
                    && isRowtime(call.getOperands().get(0))) {
                TimeUnitRange unit = (TimeUnitRange) RexCompiler.literal((RexLiteral) call.getOperands().get(1));
                return new WindowKey(position, unit, 0);
            }
            if (call.getOperator() == KdaOperators.STEP && isRowtime(call.getOperands().get(0))
                    && call.getOperands().get(1) instanceof RexLiteral lit) {
                Object n = RexCompiler.literal(lit);
                if (n instanceof Long ms && ms > 0) {
                    return new WindowKey(position, null, ms);
                }
            }
        }
        return null;
    }

    /** Marks where a traced expression reached a stream's ROWTIME column (told apart by identity). */
    private static final RexNode ROWTIME_MARK = new RexInputRef(0,
            new org.apache.calcite.jdbc.JavaTypeFactoryImpl().createSqlType(
                    org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP));

    private static boolean isRowtime(RexNode e) {
        return e == ROWTIME_MARK;
    }

    /**
     * The expression that field {@code index} of {@code node} computes, written over stream columns, with a stream's
     * ROWTIME replaced by a marker; null when it cannot be followed (through an aggregate).
     */
    private RexNode trace(RelNode node, int index) {
        if (node instanceof LogicalDelta || node instanceof LogicalFilter) {
            return trace(node.getInput(0), index);
        }
        if (node instanceof org.apache.calcite.rel.logical.LogicalJoin join) {
            int leftWidth = join.getLeft().getRowType().getFieldCount();
            return index < leftWidth ? trace(join.getLeft(), index) : null;
        }
        if (node instanceof LogicalTableScan scan) {
            return scan.getRowType().getFieldList().get(index).getName().equals(StreamCatalog.ROWTIME)
                    ? ROWTIME_MARK : null;
        }
        if (node instanceof LogicalProject project) {
            return substitute(project.getProjects().get(index), project.getInput());
        }
        return null;
    }

    private RexNode substitute(RexNode e, RelNode input) {
        if (e instanceof RexInputRef ref) {
            return trace(input, ref.getIndex());
        }
        if (e instanceof RexCall call) {
            List<RexNode> ops = new ArrayList<>();
            for (RexNode o : call.getOperands()) {
                RexNode s = o instanceof RexLiteral ? o : substitute(o, input);
                if (s == null) {
                    return null;
                }
                ops.add(s);
            }
            return call.clone(call.getType(), ops);
        }
        return e;
    }
}
