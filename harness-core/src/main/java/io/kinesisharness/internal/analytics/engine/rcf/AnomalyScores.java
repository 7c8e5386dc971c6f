package io.kinesisharness.internal.analytics.engine.rcf;

import com.amazon.randomcutforest.RandomCutForest;
import io.kinesisharness.internal.analytics.engine.RowSink;
import io.kinesisharness.internal.analytics.engine.Values;

/**
 * RANDOM_CUT_FOREST: each row scored by a Random Cut Forest (AWS's open-source implementation, the algorithm KDA
 * ran) over the row's numeric columns, then added to the forest, so a row is judged by the rows before it; the
 * row goes on with its ANOMALY_SCORE appended. The forest is seeded, so the same input gives the same scores run
 * after run. Only this class touches the library, which is optional.
 */
public final class AnomalyScores implements RowSink {

    /** The forest's seed: a fixed one, so results repeat. */
    static final long SEED = 42;

    private final int[] numericColumns;
    private final RandomCutForest forest;
    private final RowSink next;

    /**
     * @param numericColumns the input columns making up a point (numeric ones)
     * @param timeDecay KDA's parameter: how many recent points dominate (the forest's decay is its inverse)
     */
    public AnomalyScores(int[] numericColumns, int numberOfTrees, int subSampleSize, long timeDecay,
            int shingleSize, RowSink next) {
        this.numericColumns = numericColumns;
        this.next = next;
        this.forest = RandomCutForest.builder().dimensions(numericColumns.length * shingleSize)
                .shingleSize(shingleSize).internalShinglingEnabled(shingleSize > 1).numberOfTrees(numberOfTrees)
                .sampleSize(subSampleSize).timeDecay(1.0 / timeDecay).randomSeed(SEED).build();
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        double[] point = new double[numericColumns.length];
        for (int i = 0; i < point.length; i++) {
            Object v = row[numericColumns[i]];
            point[i] = v == null ? 0 : Values.toDouble(v);
        }
        double score = forest.getAnomalyScore(point);
        forest.update(point);
        Object[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = score;
        next.accept(rowtime, out);
    }
}
