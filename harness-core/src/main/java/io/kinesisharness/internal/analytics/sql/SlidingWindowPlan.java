package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.EvalContext;
import io.kinesisharness.internal.analytics.engine.Expr;
import io.kinesisharness.internal.analytics.engine.RowSink;
import io.kinesisharness.internal.analytics.engine.SlidingWindows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexWindow;
import org.apache.calcite.rex.RexWindowBound;

/**
 * The sliding windows of a projection: its windowed functions (RexOver), the distinct windows they use, and the
 * {@link SlidingWindows} operator that computes them for each row before the projection reads them.
 */
final class SlidingWindowPlan {

    private final Map<RexOver, Integer> indexes;
    private final List<SlidingWindows.Window> windows;
    private final List<SlidingWindows.Function> functions;
    private final EvalContext context;

    private SlidingWindowPlan(Map<RexOver, Integer> indexes, List<SlidingWindows.Window> windows,
            List<SlidingWindows.Function> functions, EvalContext context) {
        this.indexes = indexes;
        this.windows = windows;
        this.functions = functions;
        this.context = context;
    }

    Map<RexOver, Integer> indexes() {
        return indexes;
    }

    RowSink operator(RowSink projection) {
        return new SlidingWindows(windows, functions, projection, context);
    }

    /** The plan of a projection's windowed functions, or null when it has none. */
    static SlidingWindowPlan of(List<RexNode> exprs, RexCompiler rex, EvalContext context)
            throws RexCompiler.Unsupported {
        List<RexOver> overs = new ArrayList<>();
        for (RexNode e : exprs) {
            e.accept(new RexShuttle() {
                @Override
                public RexNode visitOver(RexOver over) {
                    overs.add(over);
                    return over;
                }
            });
        }
        if (overs.isEmpty()) {
            return null;
        }
        Map<String, Integer> windowIds = new LinkedHashMap<>();
        List<SlidingWindows.Window> windows = new ArrayList<>();
        List<SlidingWindows.Function> functions = new ArrayList<>();
        Map<RexOver, Integer> indexes = new LinkedHashMap<>();
        for (RexOver over : overs) {
            RexWindow w = over.getWindow();
            Integer id = windowIds.get(w.toString());
            if (id == null) {
                id = windows.size();
                windowIds.put(w.toString(), id);
                windows.add(window(w, rex));
            }
            indexes.put(over, functions.size());
            functions.add(function(over, id, rex));
        }
        return new SlidingWindowPlan(indexes, windows, functions, context);
    }

    private static SlidingWindows.Window window(RexWindow w, RexCompiler rex) throws RexCompiler.Unsupported {
        if (!w.getUpperBound().isCurrentRow()) {
            throw new RexCompiler.Unsupported("a window that ends after the current row (" + w + ")");
        }
        RexWindowBound lower = w.getLowerBound();
        long extent;
        if (lower.isCurrentRow()) {
            extent = 0;
        } else if (lower.isPreceding() && !lower.isUnbounded() && lower.getOffset() instanceof RexLiteral lit) {
            Object v = RexCompiler.literal(lit);
            if (!(v instanceof Number n)) {
                throw new RexCompiler.Unsupported("a window bound of " + lit);
            }
            extent = n instanceof BigDecimal d ? d.longValue() : n.longValue();
        } else {
            throw new RexCompiler.Unsupported("a window without a bounded PRECEDING extent (" + w + ")");
        }
        Expr[] keys = new Expr[w.partitionKeys.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rex.compile(w.partitionKeys.get(i));
        }
        return new SlidingWindows.Window(keys, w.isRows(), extent);
    }

    private static SlidingWindows.Function function(RexOver over, int window, RexCompiler rex)
            throws RexCompiler.Unsupported {
        if (over.isDistinct() && over.getAggOperator().getKind() == org.apache.calcite.sql.SqlKind.COUNT) {
            // The reference's rule for analytic functions.
            throw new IllegalArgumentException("COUNT DISTINCT cannot be used as an analytic function or in a"
                    + " windowed aggregation");
        }
        if (over.isDistinct()) {
            throw new RexCompiler.Unsupported(over.getAggOperator().getName() + "(DISTINCT …) in a windowed"
                    + " aggregate");
        }
        List<RexNode> ops = over.getOperands();
        String name = over.getOperator().getName().toUpperCase(java.util.Locale.ROOT);
        SlidingWindows.Kind kind = switch (name) {
            case "COUNT" -> ops.isEmpty() ? SlidingWindows.Kind.COUNT_STAR : SlidingWindows.Kind.COUNT;
            case "SUM", "$SUM0" -> SlidingWindows.Kind.SUM;
            case "AVG" -> SlidingWindows.Kind.AVG;
            case "MIN" -> SlidingWindows.Kind.MIN;
            case "MAX" -> SlidingWindows.Kind.MAX;
            case "STDDEV_POP" -> SlidingWindows.Kind.STDDEV_POP;
            case "STDDEV_SAMP", "STDDEV" -> SlidingWindows.Kind.STDDEV_SAMP;
            case "VAR_POP" -> SlidingWindows.Kind.VAR_POP;
            case "VAR_SAMP", "VARIANCE" -> SlidingWindows.Kind.VAR_SAMP;
            case "FIRST_VALUE" -> SlidingWindows.Kind.FIRST_VALUE;
            case "LAST_VALUE" -> SlidingWindows.Kind.LAST_VALUE;
            case "NTH_VALUE" -> SlidingWindows.Kind.NTH_VALUE;
            case "LAG" -> SlidingWindows.Kind.LAG;
            default -> throw new RexCompiler.Unsupported("the windowed function " + name);
        };
        Expr argument = ops.isEmpty() ? row -> null : rex.compile(ops.get(0));
        int offset = 1;
        Expr defaultValue = null;
        if (kind == SlidingWindows.Kind.NTH_VALUE || kind == SlidingWindows.Kind.LAG) {
            if (ops.size() > 1) {
                if (!(ops.get(1) instanceof RexLiteral lit && RexCompiler.literal(lit) instanceof Number n)) {
                    throw new RexCompiler.Unsupported(name + " with an offset that is not a literal");
                }
                offset = n.intValue();
            }
            if (ops.size() > 2) {
                defaultValue = rex.compile(ops.get(2));
            }
        }
        return new SlidingWindows.Function(window, kind, argument, offset, defaultValue, over.ignoreNulls(),
                StreamCatalog.columnType(over.getType()));
    }
}
