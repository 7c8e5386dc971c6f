package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * An in-application stream: its columns and its readers (pumps, outputs). A row put into it gets its ROWTIME as
 * column 0, which its readers see first; it is published to every reader in the order they subscribed, and kept by
 * none (streams are not tables). ROWTIME never goes back: a row older than the last one is refused.
 */
public final class InAppStream {

    private final String name;
    private final List<String> columns;
    private final List<ColumnType> types;
    private final List<RowSink> readers = new ArrayList<>();
    private long lastRowtime = Long.MIN_VALUE;

    public InAppStream(String name, List<String> columns, List<ColumnType> types) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
    }

    public String name() {
        return name;
    }

    /** Its user columns (without ROWTIME). */
    public List<String> columns() {
        return columns;
    }

    public List<ColumnType> types() {
        return types;
    }

    public void subscribe(RowSink reader) {
        readers.add(reader);
    }

    /**
     * Publishes a row of this stream's columns at {@code rowtime}.
     *
     * @throws RowError when the rowtime is earlier than the stream's last
     */
    public void insert(long rowtime, Object[] values) {
        if (rowtime < lastRowtime) {
            throw new RowError("ROWTIME_OUT_OF_ORDER", "ROWTIME " + Values.timestampText(rowtime)
                    + " is earlier than the last row's of stream " + name + " (" + Values.timestampText(lastRowtime)
                    + ")");
        }
        lastRowtime = rowtime;
        Object[] row = new Object[values.length + 1];
        row[0] = rowtime;
        System.arraycopy(values, 0, row, 1, values.length);
        for (RowSink r : readers) {
            r.accept(rowtime, row);
        }
    }
}
