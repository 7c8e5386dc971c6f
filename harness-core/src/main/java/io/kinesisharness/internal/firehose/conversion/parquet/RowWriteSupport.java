package io.kinesisharness.internal.firehose.conversion.parquet;

import io.kinesisharness.internal.glue.access.HiveType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes rows read by JsonRows through Parquet's record consumer, following {@link ParquetSchema}'s layout.
 * Only the {@link ParquetConfiguration} path is used, so Hadoop's classes are never loaded.
 */
final class RowWriteSupport extends WriteSupport<List<Object>> {

    /** The Julian day of 1970-01-01: int96 timestamps count days from the Julian epoch. */
    private static final long JULIAN_EPOCH_DAY = 2_440_588L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final MessageType schema;
    private final List<String> names;
    private final List<HiveType> types;
    private RecordConsumer out;

    RowWriteSupport(MessageType schema, List<String> names, List<HiveType> types) {
        this.schema = schema;
        this.names = names;
        this.types = types;
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("writer.model.name", "kinesis-harness");
        return new WriteContext(schema, metadata);
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        return init((ParquetConfiguration) null);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(List<Object> row) {
        out.startMessage();
        for (int i = 0; i < names.size(); i++) {
            field(names.get(i), i, types.get(i), row.get(i));
        }
        out.endMessage();
    }

    private void field(String name, int index, HiveType type, Object value) {
        if (value == null) {
            return;
        }
        out.startField(name, index);
        value(type, value);
        out.endField(name, index);
    }

    @SuppressWarnings("unchecked")
    private void value(HiveType type, Object v) {
        switch (type.name()) {
            case "string", "varchar", "char" -> out.addBinary(Binary.fromString((String) v));
            case "binary" -> out.addBinary(Binary.fromConstantByteArray((byte[]) v));
            case "boolean" -> out.addBoolean((Boolean) v);
            case "tinyint", "smallint", "int" -> out.addInteger((Integer) v);
            case "bigint" -> out.addLong((Long) v);
            case "float" -> out.addFloat((Float) v);
            case "double" -> out.addDouble((Double) v);
            case "decimal" -> out.addBinary(decimal((BigDecimal) v, ParquetSchema.decimalBytes(type.precision())));
            case "timestamp" -> out.addBinary(int96((Instant) v));
            case "date" -> out.addInteger((int) ((LocalDate) v).toEpochDay());
            case "array" -> {
                List<Object> list = (List<Object>) v;
                out.startGroup();
                if (!list.isEmpty()) {
                    out.startField("list", 0);
                    for (Object e : list) {
                        out.startGroup();
                        field("element", 0, type.children().get(0), e);
                        out.endGroup();
                    }
                    out.endField("list", 0);
                }
                out.endGroup();
            }
            case "map" -> {
                Map<Object, Object> map = (Map<Object, Object>) v;
                out.startGroup();
                if (!map.isEmpty()) {
                    out.startField("key_value", 0);
                    for (Map.Entry<Object, Object> e : map.entrySet()) {
                        out.startGroup();
                        field("key", 0, type.children().get(0), e.getKey());
                        field("value", 1, type.children().get(1), e.getValue());
                        out.endGroup();
                    }
                    out.endField("key_value", 0);
                }
                out.endGroup();
            }
            case "struct" -> {
                List<Object> fields = (List<Object>) v;
                out.startGroup();
                for (int i = 0; i < fields.size(); i++) {
                    field(type.fieldNames().get(i), i, type.children().get(i), fields.get(i));
                }
                out.endGroup();
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** The unscaled value in two's complement, big-endian, sign-extended to the column's width. */
    static Binary decimal(BigDecimal d, int width) {
        byte[] unscaled = d.unscaledValue().toByteArray();
        byte[] out = new byte[width];
        byte fill = (byte) (d.signum() < 0 ? 0xFF : 0);
        int pad = width - unscaled.length;
        for (int i = 0; i < pad; i++) {
            out[i] = fill;
        }
        System.arraycopy(unscaled, 0, out, pad, unscaled.length);
        return Binary.fromConstantByteArray(out);
    }

    /** Hive's int96: nanoseconds of the day then the Julian day, little-endian. */
    static Binary int96(Instant t) {
        long epochDay = Math.floorDiv(t.getEpochSecond(), 86_400L);
        long nanosOfDay = Math.floorMod(t.getEpochSecond(), 86_400L) * 1_000_000_000L + t.getNano();
        if (nanosOfDay >= NANOS_PER_DAY) {
            throw new IllegalStateException("nanos of day out of range");
        }
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(nanosOfDay).putInt((int) (epochDay + JULIAN_EPOCH_DAY));
        return Binary.fromConstantByteArray(b.array());
    }
}
