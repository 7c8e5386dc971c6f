package io.kinesisharness.internal.analytics.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DiscoverInputSchema's inference from sample records: JSON objects give one column per top-level member (mapped
 * {@code $.member}, nested values as their JSON text), anything else is read as CSV (comma, newline) with columns
 * {@code COL1…}. Each column's type is the narrowest that holds every sample: INTEGER or BIGINT for whole numbers,
 * DOUBLE for others, BOOLEAN, TIMESTAMP for timestamp text, otherwise VARCHAR sized to the next power of two of the
 * longest value.
 */
public final class SchemaDiscovery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z?");

    private SchemaDiscovery() {
    }

    /** What DiscoverInputSchema answers for these records, or null when none could be read. */
    public static ObjectNode discover(List<byte[]> records) {
        if (records.isEmpty()) {
            return null;
        }
        List<String> raw = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>();
        boolean json = true;
        for (byte[] r : records) {
            String text = new String(r, StandardCharsets.UTF_8);
            raw.add(text);
            if (json) {
                try {
                    JsonNode n = JSON.readTree(text);
                    if (n != null && n.isObject()) {
                        objects.add(n);
                    } else {
                        json = false;
                    }
                } catch (IOException e) {
                    json = false;
                }
            }
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode schema = out.putObject("InputSchema");
        ArrayNode parsed = out.putArray("ParsedInputRecords");
        ObjectNode format = schema.putObject("RecordFormat");
        schema.put("RecordEncoding", "UTF-8");
        ArrayNode columns = schema.putArray("RecordColumns");
        if (json) {
            format.put("RecordFormatType", "JSON");
            format.putObject("MappingParameters").putObject("JSONMappingParameters").put("RecordRowPath", "$");
            Map<String, Inferred> found = new LinkedHashMap<>();
            for (JsonNode o : objects) {
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    found.computeIfAbsent(e.getKey(), k -> new Inferred()).see(e.getValue());
                }
            }
            for (Map.Entry<String, Inferred> e : found.entrySet()) {
                columns.addObject().put("Name", e.getKey()).put("Mapping", "$." + e.getKey())
                        .put("SqlType", e.getValue().sqlType());
            }
            for (JsonNode o : objects) {
                ArrayNode row = parsed.addArray();
                for (String name : found.keySet()) {
                    JsonNode v = o.get(name);
                    if (v == null || v.isNull()) {
                        row.addNull();
                    } else {
                        row.add(v.isValueNode() ? v.asText() : v.toString());
                    }
                }
            }
        } else {
            format.put("RecordFormatType", "CSV");
            format.putObject("MappingParameters").putObject("CSVMappingParameters").put("RecordRowDelimiter", "\n")
                    .put("RecordColumnDelimiter", ",");
            List<Inferred> cols = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            for (String text : raw) {
                for (String line : text.split("\n")) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    String[] cells = line.split(",", -1);
                    rows.add(cells);
                    for (int i = 0; i < cells.length; i++) {
                        if (cols.size() <= i) {
                            cols.add(new Inferred());
                        }
                        cols.get(i).see(cells[i]);
                    }
                }
            }
            for (int i = 0; i < cols.size(); i++) {
                columns.addObject().put("Name", "COL" + (i + 1)).put("SqlType", cols.get(i).sqlType());
            }
            for (String[] cells : rows) {
                ArrayNode row = parsed.addArray();
                for (int i = 0; i < cols.size(); i++) {
                    row.add(i < cells.length ? cells[i] : "");
                }
            }
        }
        ArrayNode rawOut = out.putArray("RawInputRecords");
        raw.forEach(rawOut::add);
        ArrayNode processed = out.putArray("ProcessedInputRecords");
        raw.forEach(processed::add);
        return out;
    }

    /** The narrowest type that holds every value seen. */
    private static final class Inferred {
        private boolean integer = true;
        private boolean bigint;
        private boolean number = true;
        private boolean bool = true;
        private boolean timestamp = true;
        private int longest;
        private boolean seen;

        void see(JsonNode v) {
            if (v.isNull()) {
                return;
            }
            if (v.isNumber()) {
                seen = true;
                bool = false;
                timestamp = false;
                if (!v.isIntegralNumber()) {
                    integer = false;
                } else if (!v.canConvertToInt()) {
                    bigint = true;
                }
                longest = Math.max(longest, v.asText().length());
            } else if (v.isBoolean()) {
                seen = true;
                integer = false;
                number = false;
                timestamp = false;
                longest = Math.max(longest, 5);
            } else {
                see(v.isValueNode() ? v.asText() : v.toString());
            }
        }

        void see(String s) {
            seen = true;
            longest = Math.max(longest, s.length());
            if (!s.matches("-?\\d+")) {
                integer = false;
            } else if (s.length() > 9) {
                bigint = true;
            }
            if (!s.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                number = false;
            }
            if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                bool = false;
            }
            if (!TIMESTAMP.matcher(s).matches()) {
                timestamp = false;
            }
        }

        String sqlType() {
            if (!seen) {
                return "VARCHAR(4)";
            }
            if (integer) {
                return bigint ? "BIGINT" : "INTEGER";
            }
            if (number) {
                return "DOUBLE";
            }
            if (bool) {
                return "BOOLEAN";
            }
            if (timestamp) {
                return "TIMESTAMP";
            }
            int n = 1;
            while (n < longest) {
                n <<= 1;
            }
            return "VARCHAR(" + Math.max(n, 1) + ")";
        }
    }
}
