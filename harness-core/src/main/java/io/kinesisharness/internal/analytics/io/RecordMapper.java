package io.kinesisharness.internal.analytics.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.RowError;
import io.kinesisharness.internal.analytics.engine.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps an input record to rows of its in-application stream, as an input's schema says: JSON (RecordRowPath, then
 * each column's Mapping, relative to the row) or CSV (row and column delimiters, columns by position), each value
 * converted to its column's SQL type by KDA's coercion rules. A record that cannot be mapped raises
 * {@link RowError}, which sends it to {@code error_stream}.
 */
public final class RecordMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.databind.ObjectReader NODES = JSON.readerFor(JsonNode.class);

    private final boolean json;
    private final JsonPath rowPath;
    private final List<JsonPath> columnPaths = new ArrayList<>();
    private final List<ColumnType> types;
    private final String rowDelimiter;
    private final String columnDelimiter;

    /**
     * @param format JSON or CSV
     * @param mappings each column's JSONPath (JSON), relative to the row or starting with the row path
     */
    public RecordMapper(String format, String recordRowPath, List<String> mappings, List<ColumnType> types,
            String rowDelimiter, String columnDelimiter) {
        this.json = "JSON".equals(format);
        this.types = types;
        this.rowDelimiter = rowDelimiter == null ? "\n" : rowDelimiter;
        this.columnDelimiter = columnDelimiter == null ? "," : columnDelimiter;
        this.rowPath = json ? JsonPath.parse(recordRowPath == null ? "$" : recordRowPath) : null;
        if (json) {
            for (String m : mappings) {
                JsonPath p = JsonPath.parse(m);
                JsonPath relative = p.relativeTo(rowPath);
                columnPaths.add(relative != null && !rowPath.text().equals("$") ? relative : p);
            }
        }
    }

    /** The rows one record makes (values in column order). */
    public List<Object[]> rows(byte[] data) {
        return json ? jsonRows(data) : csvRows(new String(data, StandardCharsets.UTF_8));
    }

    /** A record may hold several JSON documents one after another (a preprocessor's output may). */
    private List<Object[]> jsonRows(byte[] text) {
        List<JsonNode> roots = new ArrayList<>(1);
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = NODES.readValues(text)) {
            while (it.hasNextValue()) {
                roots.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new RowError("Invalid_JSON", "Record is not valid JSON: " + String.valueOf(e.getMessage())
                    .split("\n")[0]);
        }
        if (roots.isEmpty()) {
            throw new RowError("Invalid_JSON", "Record is empty");
        }
        List<Object[]> out = new ArrayList<>();
        for (JsonNode root : roots) {
            out.addAll(jsonRows(root));
        }
        return out;
    }

    private List<Object[]> jsonRows(JsonNode root) {
        List<Object[]> out = new ArrayList<>();
        for (JsonNode row : rowPath.select(root)) {
            Object[] values = new Object[types.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode found = columnPaths.get(i).first(row);
                values[i] = found == null ? null : coerce(found, types.get(i));
            }
            out.add(values);
        }
        return out;
    }

    private static Object coerce(JsonNode v, ColumnType type) {
        if (v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            if (!type.isCharacter()) {
                throw new RowError("SQL_CONVERSION_ERROR", "Cannot convert a JSON " + (v.isArray() ? "array"
                        : "object") + " to " + type.sql());
            }
            return Values.cast(v.toString(), type);
        }
        if (v.isBoolean()) {
            if (type.isCharacter()) {
                return Values.cast(v.asBoolean() ? "true" : "false", type);
            }
            if (type.name().equals("BOOLEAN")) {
                return v.asBoolean();
            }
            if (type.isExactInteger() || type.isApproximate() || type.name().equals("DECIMAL")) {
                return Values.cast(v.asBoolean() ? 1L : 0L, type);
            }
            throw new RowError("SQL_CONVERSION_ERROR", "Cannot convert a JSON boolean to " + type.sql());
        }
        if (v.isNumber()) {
            if (type.name().equals("TIMESTAMP") || type.name().equals("DATE") || type.name().equals("TIME")
                    || type.isBinary()) {
                throw new RowError("SQL_CONVERSION_ERROR", "Cannot convert the JSON number " + v + " to "
                        + type.sql());
            }
            Object n = v.isIntegralNumber() && v.canConvertToLong() ? (Object) v.asLong() : v.decimalValue();
            if (type.isApproximate()) {
                n = v.asDouble();
            }
            return Values.cast(n, type);
        }
        return Values.cast(v.asText(), type);
    }

    private List<Object[]> csvRows(String text) {
        List<Object[]> out = new ArrayList<>();
        for (String line : text.split(Pattern.quote(rowDelimiter), -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(Pattern.quote(columnDelimiter), -1);
            Object[] values = new Object[types.size()];
            for (int i = 0; i < values.length && i < cells.length; i++) {
                values[i] = cells[i].isEmpty() && !types.get(i).isCharacter() ? null
                        : Values.cast(cells[i], types.get(i));
            }
            out.add(values);
        }
        return out;
    }
}
