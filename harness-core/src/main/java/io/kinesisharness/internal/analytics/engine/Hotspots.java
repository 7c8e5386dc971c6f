package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * HOTSPOTS: the dense regions among the last {@code windowSize} rows' numeric columns, found as DBSCAN finds
 * clusters (the reference's analogy: scanRadius is DBSCAN's ε, minimumNumberOfPointsInAHotspot its minimum), with
 * Euclidean distance. Each row goes on with HOTSPOTS_RESULT appended: every hotspot of the window it closes, as
 * {@code {"hotspots":[{"density":…,"minValues":[…],"maxValues":[…]}]}}, oldest first. Density is the hotspot's row
 * count over its size, the volume of its bounding box (each side at least scanRadius, so rows of equal values
 * still have a size). Neighbour lists are kept as rows come and go (a row costs one pass over the window to link
 * it), and each row's result walks the window's core rows and their links: with a window of 1,000 rows that are
 * all one another's neighbours, that is about a million steps a row.
 */
public final class Hotspots implements RowSink {

    private final int[] numericColumns;
    private final int windowSize;
    private final double radius;
    private final int minPoints;
    private final RowSink next;
    /** The window's points by slot; slots are reused oldest first. */
    private final double[][] points;
    private final int[][] neighbours;
    private final int[] neighbourCounts;
    private int size;
    private long arrived;

    public Hotspots(int[] numericColumns, int windowSize, double scanRadius, int minimumPoints, RowSink next) {
        this.numericColumns = numericColumns;
        this.windowSize = windowSize;
        this.radius = scanRadius;
        this.minPoints = minimumPoints;
        this.next = next;
        this.points = new double[windowSize][];
        this.neighbours = new int[windowSize][];
        this.neighbourCounts = new int[windowSize];
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        double[] point = Values.point(row, numericColumns, Double.MAX_VALUE, "HOTSPOTS");
        int slot = (int) (arrived % windowSize);
        if (size == windowSize) {
            evict(slot);
        } else {
            size++;
        }
        points[slot] = point;
        arrived++;
        neighbours[slot] = new int[8];
        neighbourCounts[slot] = 0;
        double r2 = radius * radius;
        for (int q = 0; q < size; q++) {
            if (q != slot && distanceSquared(point, points[q]) <= r2) {
                link(slot, q);
                link(q, slot);
            }
        }
        Object[] out = Arrays.copyOf(row, row.length + 1);
        out[row.length] = result();
        next.accept(rowtime, out);
    }

    private void evict(int slot) {
        for (int i = 0; i < neighbourCounts[slot]; i++) {
            int q = neighbours[slot][i];
            int[] list = neighbours[q];
            for (int j = 0; j < neighbourCounts[q]; j++) {
                if (list[j] == slot) {
                    list[j] = list[--neighbourCounts[q]];
                    break;
                }
            }
        }
        neighbourCounts[slot] = 0;
    }

    private void link(int from, int to) {
        if (neighbourCounts[from] == neighbours[from].length) {
            neighbours[from] = Arrays.copyOf(neighbours[from], neighbours[from].length * 2);
        }
        neighbours[from][neighbourCounts[from]++] = to;
    }

    private static double distanceSquared(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    private boolean core(int slot) {
        return neighbourCounts[slot] + 1 >= minPoints;
    }

    /** The window's clusters: core rows joined through core neighbours, with the border rows they reach. */
    private String result() {
        boolean[] taken = new boolean[windowSize];
        StringBuilder sb = new StringBuilder("{\"hotspots\":[");
        boolean first = true;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < size; k++) {
            int start = (int) ((arrived - size + k) % windowSize);
            if (taken[start] || !core(start)) {
                continue;
            }
            int dims = numericColumns.length;
            double[] min = new double[dims];
            double[] max = new double[dims];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            Arrays.fill(max, Double.NEGATIVE_INFINITY);
            int count = 0;
            taken[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                count++;
                for (int d = 0; d < dims; d++) {
                    min[d] = Math.min(min[d], points[p][d]);
                    max[d] = Math.max(max[d], points[p][d]);
                }
                if (!core(p)) {
                    continue;
                }
                for (int i = 0; i < neighbourCounts[p]; i++) {
                    int q = neighbours[p][i];
                    if (!taken[q]) {
                        taken[q] = true;
                        queue.add(q);
                    }
                }
            }
            double volume = 1;
            for (int d = 0; d < dims; d++) {
                volume *= Math.max(max[d] - min[d], radius);
            }
            sb.append(first ? "" : ",").append("{\"density\":").append(count / volume)
                    .append(",\"minValues\":").append(numbers(min)).append(",\"maxValues\":").append(numbers(max))
                    .append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static String numbers(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.append(']').toString();
    }
}
