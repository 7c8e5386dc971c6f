package io.kinesisharness.internal.analytics.engine.rcf;

import com.amazon.randomcutforest.RandomCutForest;
import com.amazon.randomcutforest.returntypes.DiVector;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.kinesisharness.internal.analytics.engine.RowSink;
import io.kinesisharness.internal.analytics.engine.Values;
import java.util.List;
import java.util.Locale;

/**
 * RANDOM_CUT_FOREST and RANDOM_CUT_FOREST_WITH_EXPLANATION: each row scored by a Random Cut Forest (AWS's
 * open-source implementation, the algorithm KDA ran) over the row's numeric columns, then added to the forest, so a
 * row is judged by the rows before it; the row goes on with its ANOMALY_SCORE appended (and, explained, its
 * ANOMALY_EXPLANATION). As the reference says, the first subSampleSize rows score 0 while the model learns. The
 * forest is seeded, so the same input gives the same scores run after run. Only this class touches the library,
 * which is optional.
 */
public final class AnomalyScores implements RowSink {

    /** The forest's seed: a fixed one, so results repeat. */
    static final long SEED = 42;

    private final int[] numericColumns;
    private final List<String> names;
    private final Explanation explanation;
    private final int learningRows;
    private final RandomCutForest forest;
    private final RowSink next;
    private long seen;

    /** Whether rows get an ANOMALY_EXPLANATION, and with directions. */
    public enum Explanation { NONE, ATTRIBUTION, DIRECTIONAL }

    /**
     * @param numericColumns the input columns making up a point (numeric ones)
     * @param names their names, the explanation's keys
     * @param timeDecay KDA's parameter: how many recent points dominate (the forest's decay is its inverse)
     */
    public AnomalyScores(int[] numericColumns, List<String> names, int numberOfTrees, int subSampleSize,
            long timeDecay, int shingleSize, Explanation explanation, RowSink next) {
        this.numericColumns = numericColumns;
        this.names = names;
        this.explanation = explanation;
        this.learningRows = subSampleSize;
        this.next = next;
        this.forest = RandomCutForest.builder().dimensions(numericColumns.length * shingleSize)
                .shingleSize(shingleSize).internalShinglingEnabled(shingleSize > 1).numberOfTrees(numberOfTrees)
                .sampleSize(subSampleSize).timeDecay(1.0 / timeDecay).randomSeed(SEED).build();
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        // The forest keeps floats; a larger value would fail inside it and could leave it half-updated.
        double[] point = Values.point(row, numericColumns, Float.MAX_VALUE, "RANDOM_CUT_FOREST");
        boolean learning = seen++ < learningRows;
        double score = learning ? 0 : forest.getAnomalyScore(point);
        String explained = explanation == Explanation.NONE ? null
                : explain(learning ? null : forest.getAnomalyAttribution(point));
        forest.update(point);
        Object[] out = java.util.Arrays.copyOf(row, row.length + (explained == null ? 1 : 2));
        out[row.length] = score;
        if (explained != null) {
            out[row.length + 1] = explained;
        }
        next.accept(rowtime, out);
    }

    /**
     * {"column":{"DIRECTION":"HIGH","STRENGTH":"0.0922","ATTRIBUTION_SCORE":"0.3792"},…}, the guide's shape. A
     * column's attribution is its share of the score, summed over the shingle's positions (the shares add up to
     * the score); its direction is the side its share comes from (above or below the data, LOW when even);
     * STRENGTH, which AWS never defined, is how lopsided that share is: |above − below|.
     */
    private String explain(DiVector attribution) {
        int columns = numericColumns.length;
        double[] high = new double[columns];
        double[] low = new double[columns];
        if (attribution != null) {
            for (int d = 0; d < attribution.getDimensions(); d++) {
                high[d % columns] += attribution.high[d];
                low[d % columns] += attribution.low[d];
            }
        }
        StringBuilder sb = new StringBuilder("{");
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                sb.append(',');
            }
            sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(names.get(c))).append("\":{");
            if (explanation == Explanation.DIRECTIONAL) {
                sb.append("\"DIRECTION\":\"").append(high[c] > low[c] ? "HIGH" : "LOW").append("\",\"STRENGTH\":\"")
                        .append(fixed(Math.abs(high[c] - low[c]))).append("\",");
            }
            sb.append("\"ATTRIBUTION_SCORE\":\"").append(fixed(high[c] + low[c])).append("\"}");
        }
        return sb.append('}').toString();
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
