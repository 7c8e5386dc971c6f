package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;

/**
 * A join of two streams, as AWS's JOIN reference describes it. Each side keeps the rows of its window (RANGE
 * INTERVAL … PRECEDING; a side without a window keeps only the rows of the current ROWTIME). A row arriving on one
 * side is matched against the other side's window as it stands, so each pair is emitted once, when its later row
 * arrives, with that row's ROWTIME (the later of the two). An outer join's preserved row that never matched is
 * emitted, NULL on the other side, when no match can come any more: at its ROWTIME plus its own side's window (a
 * row arriving later on the other side looks back that far), at once for a side without a window.
 */
public final class StreamJoin implements TimedOperator {

    /** A row kept in a side's window, and whether it has matched (for outer joins). */
    private static final class Kept {
        final long rowtime;
        final Object[] row;
        boolean matched;

        Kept(long rowtime, Object[] row) {
            this.rowtime = rowtime;
            this.row = row;
        }
    }

    private final int leftWidth;
    private final int rightWidth;
    private final long[] window = new long[2];
    private final boolean[] preserved = new boolean[2];
    private final BiPredicate<Object[], Object[]> condition;
    private final RowSink next;
    private final LongConsumer wakeAt;
    private final List<ArrayDeque<Kept>> sides = List.of(new ArrayDeque<>(), new ArrayDeque<>());
    /** Per side, preserved rows waiting to see whether a match comes, by the time none can any more. */
    private final List<TreeMap<Long, List<Kept>>> deadlines = List.of(new TreeMap<>(), new TreeMap<>());

    /**
     * @param leftWindow milliseconds of the left side's window (0: only the current ROWTIME's rows)
     * @param condition the ON condition over a left row and a right row
     */
    public StreamJoin(int leftWidth, int rightWidth, long leftWindow, long rightWindow, boolean preserveLeft,
            boolean preserveRight, BiPredicate<Object[], Object[]> condition, RowSink next, LongConsumer wakeAt) {
        this.leftWidth = leftWidth;
        this.rightWidth = rightWidth;
        this.window[0] = leftWindow;
        this.window[1] = rightWindow;
        this.preserved[0] = preserveLeft;
        this.preserved[1] = preserveRight;
        this.condition = condition;
        this.next = next;
        this.wakeAt = wakeAt;
    }

    /** The sink of one side's rows: 0 the left, 1 the right. */
    public RowSink side(int side) {
        return (rowtime, row) -> arrive(side, rowtime, row);
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        throw new UnsupportedOperationException("rows enter a join through side(0) or side(1)");
    }

    private void arrive(int side, long rowtime, Object[] row) {
        advance(rowtime);
        int other = 1 - side;
        evict(other, rowtime);
        evict(side, rowtime);
        Kept kept = new Kept(rowtime, row);
        for (Kept k : sides.get(other)) {
            Object[] left = side == 0 ? row : k.row;
            Object[] right = side == 0 ? k.row : row;
            if (condition.test(left, right)) {
                kept.matched = true;
                k.matched = true;
                next.accept(rowtime, joined(left, right));
            }
        }
        sides.get(side).addLast(kept);
        if (preserved[side] && !kept.matched) {
            long deadline = rowtime + window[side];
            if (window[side] == 0) {
                next.accept(rowtime, side == 0 ? joined(row, null) : joined(null, row));
                kept.matched = true;
            } else {
                deadlines.get(side).computeIfAbsent(deadline, d -> new ArrayList<>()).add(kept);
                wakeAt.accept(deadline);
            }
        }
    }

    /** Drops a side's rows older than its window allows at {@code now}. */
    private void evict(int side, long now) {
        ArrayDeque<Kept> rows = sides.get(side);
        while (!rows.isEmpty() && rows.peekFirst().rowtime < now - window[side]) {
            rows.removeFirst();
        }
    }

    private Object[] joined(Object[] left, Object[] right) {
        Object[] out = new Object[leftWidth + rightWidth];
        if (left != null) {
            System.arraycopy(left, 0, out, 0, leftWidth);
        }
        if (right != null) {
            System.arraycopy(right, 0, out, leftWidth, rightWidth);
        }
        return out;
    }

    @Override
    public void advance(long bound) {
        while (true) {
            long first = Long.MAX_VALUE;
            int side = -1;
            for (int s = 0; s < 2; s++) {
                if (!deadlines.get(s).isEmpty() && deadlines.get(s).firstKey() < first) {
                    first = deadlines.get(s).firstKey();
                    side = s;
                }
            }
            if (side < 0 || first > bound) {
                return;
            }
            for (Kept k : deadlines.get(side).pollFirstEntry().getValue()) {
                if (!k.matched) {
                    next.accept(first, side == 0 ? joined(k.row, null) : joined(null, k.row));
                }
            }
        }
    }

    @Override
    public List<Long> pendingEnds() {
        List<Long> ends = new ArrayList<>(deadlines.get(0).keySet());
        ends.addAll(deadlines.get(1).keySet());
        ends.sort(null);
        return ends;
    }
}
