package io.kinesisharness.internal.firehose.conversion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.glue.GlueTable;
import io.kinesisharness.internal.firehose.api.Deserializer;
import io.kinesisharness.internal.glue.access.HiveType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The input side of record format conversion: a JSON record read into a row of the table's columns, as the
 * configured deserializer reads it. OpenX JSON SerDe: keys matched without regard to case unless
 * {@code CaseInsensitive} is false, dots in keys turned to underscores when asked, {@code ColumnToJsonKeyMappings}
 * naming a column's key. Hive JSON SerDe: keys matched in lower case, {@code TimestampFormats} (Joda-style patterns,
 * or {@code millis}) tried before the default forms. A missing key or JSON null is a null column. Values are
 * {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code BigDecimal},
 * {@code Instant}, {@code LocalDate}, {@code byte[]}, lists, maps, and structs as lists of field values.
 */
public final class JsonRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HIVE_TIMESTAMP = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S]", Locale.ROOT);

    private final List<String> names = new ArrayList<>();
    private final List<HiveType> types = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final boolean caseInsensitive;
    private final boolean dotsToUnderscores;
    private final List<DateTimeFormatter> timestampFormats = new ArrayList<>();
    private final boolean millisFormat;

    public JsonRows(GlueTable table, Deserializer deserializer) {
        Map<String, String> mappings = Map.of();
        boolean insensitive = true;
        boolean dots = false;
        boolean millis = false;
        if (deserializer != null && deserializer.openXJsonSerDe() != null) {
            var openX = deserializer.openXJsonSerDe();
            insensitive = !Boolean.FALSE.equals(openX.caseInsensitive());
            dots = Boolean.TRUE.equals(openX.convertDotsInJsonKeysToUnderscores());
            mappings = openX.columnToJsonKeyMappings() == null ? Map.of() : openX.columnToJsonKeyMappings();
        } else if (deserializer != null && deserializer.hiveJsonSerDe() != null
                && deserializer.hiveJsonSerDe().timestampFormats() != null) {
            for (String f : deserializer.hiveJsonSerDe().timestampFormats()) {
                if ("millis".equals(f)) {
                    millis = true;
                } else {
                    timestampFormats.add(DateTimeFormatter.ofPattern(f, Locale.ROOT));
                }
            }
        }
        this.caseInsensitive = insensitive;
        this.dotsToUnderscores = dots;
        this.millisFormat = millis;
        for (GlueTable.Column c : table.columns()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            names.add(name);
            types.add(HiveType.parse(c.type()));
            String key = mappings.getOrDefault(c.name(), mappings.getOrDefault(name, name));
            keys.add(caseInsensitive ? key.toLowerCase(Locale.ROOT) : key);
        }
    }

    public List<String> names() {
        return names;
    }

    public List<HiveType> types() {
        return types;
    }

    /** One record's row, in column order. */
    public List<Object> read(byte[] record) throws ConversionFailure {
        JsonNode root;
        try {
            root = JSON.readTree(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConversionFailure(ConversionFailure.PARSE_ERROR, "The record is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConversionFailure(ConversionFailure.PARSE_ERROR, "The record is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ConversionFailure(ConversionFailure.PARSE_ERROR, "The record is not a JSON object");
        }
        Map<String, JsonNode> members = members(root);
        List<Object> row = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            row.add(value(members.get(keys.get(i)), types.get(i), names.get(i)));
        }
        return row;
    }

    private Map<String, JsonNode> members(JsonNode object) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = dotsToUnderscores ? e.getKey().replace('.', '_') : e.getKey();
            out.putIfAbsent(caseInsensitive ? key.toLowerCase(Locale.ROOT) : key, e.getValue());
        }
        return out;
    }

    private Object value(JsonNode v, HiveType type, String column) throws ConversionFailure {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return switch (type.name()) {
                case "string", "varchar", "char" -> v.isValueNode() ? v.asText() : v.toString();
                case "boolean" -> bool(v);
                case "tinyint" -> (int) integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE);
                case "smallint" -> (int) integral(v, Short.MIN_VALUE, Short.MAX_VALUE);
                case "int" -> (int) integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case "bigint" -> integral(v, Long.MIN_VALUE, Long.MAX_VALUE);
                case "float" -> (float) number(v).doubleValue();
                case "double" -> number(v).doubleValue();
                case "decimal" -> decimal(v, type);
                case "timestamp" -> timestamp(v);
                case "date" -> date(v);
                case "binary" -> v.asText().getBytes(StandardCharsets.UTF_8);
                case "array" -> array(v, type, column);
                case "map" -> map(v, type, column);
                case "struct" -> struct(v, type, column);
                default -> throw new IllegalStateException(type.name());
            };
        } catch (Mismatch e) {
            throw new ConversionFailure(ConversionFailure.MALFORMED_DATA, "The value of column " + column + " ("
                    + (v.isValueNode() ? v.asText() : v.getNodeType().name().toLowerCase(Locale.ROOT))
                    + ") cannot be read as " + type.name());
        }
    }

    private static Boolean bool(JsonNode v) throws Mismatch {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && ("true".equalsIgnoreCase(v.asText()) || "false".equalsIgnoreCase(v.asText()))) {
            return Boolean.parseBoolean(v.asText().toLowerCase(Locale.ROOT));
        }
        throw new Mismatch();
    }

    private static long integral(JsonNode v, long min, long max) throws Mismatch {
        BigDecimal n = number(v);
        try {
            long l = n.longValueExact();
            if (l < min || l > max) {
                throw new Mismatch();
            }
            return l;
        } catch (ArithmeticException e) {
            throw new Mismatch();
        }
    }

    private static BigDecimal number(JsonNode v) throws Mismatch {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().trim());
            } catch (NumberFormatException e) {
                throw new Mismatch();
            }
        }
        throw new Mismatch();
    }

    private static BigDecimal decimal(JsonNode v, HiveType type) throws Mismatch {
        BigDecimal d = number(v).setScale(type.scale(), RoundingMode.HALF_UP);
        if (d.precision() > type.precision()) {
            throw new Mismatch();
        }
        return d;
    }

    private Instant timestamp(JsonNode v) throws Mismatch {
        if (v.isNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        if (!v.isTextual()) {
            throw new Mismatch();
        }
        String s = v.asText().trim();
        if (millisFormat && s.matches("-?\\d+")) {
            return Instant.ofEpochMilli(Long.parseLong(s));
        }
        for (DateTimeFormatter f : timestampFormats) {
            try {
                return LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        try {
            return LocalDateTime.parse(s, HIVE_TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // ISO-8601 next
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // local ISO next
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Mismatch();
        }
    }

    private static LocalDate date(JsonNode v) throws Mismatch {
        if (v.isIntegralNumber()) {
            return LocalDate.ofEpochDay(v.asLong());
        }
        try {
            String s = v.asText().trim();
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new Mismatch();
        }
    }

    private List<Object> array(JsonNode v, HiveType type, String column) throws Mismatch, ConversionFailure {
        if (!v.isArray()) {
            throw new Mismatch();
        }
        List<Object> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            out.add(value(e, type.children().get(0), column));
        }
        return out;
    }

    private Map<Object, Object> map(JsonNode v, HiveType type, String column) throws Mismatch, ConversionFailure {
        if (!v.isObject()) {
            throw new Mismatch();
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Object key = value(JSON.getNodeFactory().textNode(e.getKey()), type.children().get(0), column);
            out.put(key, value(e.getValue(), type.children().get(1), column));
        }
        return out;
    }

    private List<Object> struct(JsonNode v, HiveType type, String column) throws Mismatch, ConversionFailure {
        if (!v.isObject()) {
            throw new Mismatch();
        }
        Map<String, JsonNode> members = members(v);
        List<Object> out = new ArrayList<>(type.fieldNames().size());
        for (int i = 0; i < type.fieldNames().size(); i++) {
            String f = type.fieldNames().get(i);
            out.add(value(members.get(caseInsensitive ? f : f), type.children().get(i), column + "." + f));
        }
        return out;
    }

    /** A value its column's type cannot hold. */
    private static final class Mismatch extends Exception {
        Mismatch() {
            super(null, null, false, false);
        }
    }
}
