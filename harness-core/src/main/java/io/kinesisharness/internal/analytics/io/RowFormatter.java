package io.kinesisharness.internal.analytics.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.Values;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Writes an in-application stream's row as an output record, as a DestinationSchema says: JSON, an object of the
 * stream's columns by name (numbers and booleans as JSON's, timestamps as {@code yyyy-MM-dd HH:mm:ss.SSS} text,
 * binaries base64), or CSV, the values comma-separated. ROWTIME goes only where the code selected it into a column.
 */
public final class RowFormatter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean json;
    private final List<String> columns;
    private final List<ColumnType> types;

    public RowFormatter(String format, List<String> columns, List<ColumnType> types) {
        this.json = !"CSV".equals(format);
        this.columns = columns;
        this.types = types;
    }

    /** @param row a stream's row: ROWTIME first, then its columns */
    public byte[] format(Object[] row) {
        if (json) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(32 + 16 * columns.size());
            try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(bytes)) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    Object v = row[i + 1];
                    g.writeFieldName(columns.get(i));
                    ColumnType t = types.get(i);
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Long l && !isDatetime(t)) {
                        g.writeNumber(l);
                    } else if (v instanceof Double d) {
                        g.writeNumber(d);
                    } else if (v instanceof BigDecimal d) {
                        g.writeNumber(d);
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else if (v instanceof byte[] b) {
                        g.writeString(Base64.getEncoder().encodeToString(b));
                    } else {
                        g.writeString(Values.text(v, t));
                    }
                }
                g.writeEndObject();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = row[i + 1];
            if (v != null) {
                sb.append(Values.text(v, types.get(i)));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isDatetime(ColumnType t) {
        return t.name().equals("TIMESTAMP") || t.name().equals("DATE") || t.name().equals("TIME");
    }
}
