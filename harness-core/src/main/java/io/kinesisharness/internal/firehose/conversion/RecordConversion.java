package io.kinesisharness.internal.firehose.conversion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.glue.GlueTable;
import io.kinesisharness.internal.firehose.api.DataFormatConversionConfiguration;
import io.kinesisharness.internal.glue.access.HiveType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Record format conversion of one batch: each record read by the configured deserializer into a row of the Glue
 * table's columns, the rows written as one Parquet object; the records that do not convert are reported with
 * AWS's codes for the error output. The rows also come back as JSON text, which is how the delivery log shows a
 * converted object's records to a test.
 */
public final class RecordConversion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordConversion() {
    }

    /** A record that did not convert: its index in the batch, AWS's code and a message. */
    public record Failed(int index, String code, String message) {
    }

    /** The object (null when no record converted), its rows as JSON lines, and the failures. */
    public record Result(byte[] body, List<byte[]> rows, List<Failed> failed) {
    }

    public static boolean enabled(DataFormatConversionConfiguration c) {
        return c != null && !Boolean.FALSE.equals(c.enabled());
    }

    public static Result convert(GlueTable table, DataFormatConversionConfiguration config, List<byte[]> records) {
        JsonRows reader = new JsonRows(table, config.inputFormatConfiguration() == null ? null
                : config.inputFormatConfiguration().deserializer());
        List<List<Object>> rows = new ArrayList<>(records.size());
        List<byte[]> shown = new ArrayList<>(records.size());
        List<Failed> failed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                List<Object> row = reader.read(records.get(i));
                rows.add(row);
                shown.add(json(reader.names(), reader.types(), row).getBytes(StandardCharsets.UTF_8));
            } catch (ConversionFailure e) {
                failed.add(new Failed(i, e.code(), e.getMessage()));
            }
        }
        if (rows.isEmpty()) {
            return new Result(null, shown, failed);
        }
        var serializer = config.outputFormatConfiguration().serializer();
        byte[] body = serializer.orcSerDe() != null
                ? OrcSupport.writer().write(reader.names(), reader.types().stream().map(RecordConversion::orcType)
                        .toList(), rows, orcOptions(serializer.orcSerDe()))
                : ParquetSupport.writer().write(reader.names(), reader.types(), rows,
                        ParquetOutput.Options.of(serializer.parquetSerDe()));
        return new Result(body, shown, failed);
    }

    /** A parsed Hive type as ORC's type text: canonical names, no spaces, a bare decimal's precision spelled out. */
    static String orcType(HiveType t) {
        return switch (t.name()) {
            case "array" -> "array<" + orcType(t.children().get(0)) + ">";
            case "map" -> "map<" + orcType(t.children().get(0)) + "," + orcType(t.children().get(1)) + ">";
            case "struct" -> {
                StringBuilder b = new StringBuilder("struct<");
                for (int i = 0; i < t.fieldNames().size(); i++) {
                    b.append(i == 0 ? "" : ",").append('`').append(t.fieldNames().get(i)).append("`:")
                            .append(orcType(t.children().get(i)));
                }
                yield b.append('>').toString();
            }
            case "decimal" -> "decimal(" + t.precision() + "," + t.scale() + ")";
            case "char", "varchar" -> t.precision() > 0 ? t.name() + "(" + t.precision() + ")" : "string";
            default -> t.name();
        };
    }

    /** Whether the configuration writes ORC (else Parquet). */
    public static boolean orc(DataFormatConversionConfiguration config) {
        return config.outputFormatConfiguration().serializer().orcSerDe() != null;
    }

    /** The OrcSerDe options with AWS's defaults (documented in the API reference). */
    private static OrcWriter.Options orcOptions(io.kinesisharness.internal.firehose.api.OrcSerDe o) {
        return new OrcWriter.Options(o.compression() == null ? "SNAPPY" : o.compression(),
                o.stripeSizeBytes() == null ? 64L * 1024 * 1024 : o.stripeSizeBytes(),
                o.blockSizeBytes() == null ? 256L * 1024 * 1024 : o.blockSizeBytes(),
                o.rowIndexStride() == null ? 10_000 : o.rowIndexStride(), Boolean.TRUE.equals(o.enablePadding()),
                o.paddingTolerance() == null ? 0.05 : o.paddingTolerance(),
                o.bloomFilterColumns() == null ? "" : String.join(",", o.bloomFilterColumns()),
                o.bloomFilterFalsePositiveProbability() == null ? 0.05 : o.bloomFilterFalsePositiveProbability(),
                o.dictionaryKeyThreshold() == null ? 0.0 : o.dictionaryKeyThreshold(),
                o.formatVersion() == null ? "V0_12" : o.formatVersion());
    }

    /** The Parquet compression the configuration asks for (SNAPPY by default). */
    public static String parquetCompression(DataFormatConversionConfiguration config) {
        var serDe = config.outputFormatConfiguration().serializer().parquetSerDe();
        return serDe == null || serDe.compression() == null ? "SNAPPY" : serDe.compression();
    }

    private static String json(List<String> names, List<HiveType> types, List<Object> row) {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < names.size(); i++) {
            put(o, names.get(i), types.get(i), row.get(i));
        }
        return o.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(ObjectNode o, String name, HiveType type, Object v) {
        if (v == null) {
            o.putNull(name);
            return;
        }
        switch (type.name()) {
            case "array" -> {
                ArrayNode a = o.putArray(name);
                for (Object e : (List<Object>) v) {
                    ObjectNode holder = JSON.createObjectNode();
                    put(holder, "e", type.children().get(0), e);
                    a.add(holder.get("e"));
                }
            }
            case "map" -> {
                ObjectNode m = o.putObject(name);
                for (Map.Entry<Object, Object> e : ((Map<Object, Object>) v).entrySet()) {
                    put(m, String.valueOf(e.getKey()), type.children().get(1), e.getValue());
                }
            }
            case "struct" -> {
                ObjectNode s = o.putObject(name);
                List<Object> fields = (List<Object>) v;
                for (int i = 0; i < fields.size(); i++) {
                    put(s, type.fieldNames().get(i), type.children().get(i), fields.get(i));
                }
            }
            // Scalars as Jackson writes them (binary as base64); times and dates in ISO-8601.
            default -> o.set(name, v instanceof Instant || v instanceof LocalDate ? JSON.getNodeFactory()
                    .textNode(v.toString()) : JSON.valueToTree(v));
        }
    }
}
