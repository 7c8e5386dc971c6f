package io.kinesisharness.internal.firehose.conversion.parquet;

import io.kinesisharness.internal.glue.access.HiveType;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * A table's columns as a Parquet schema, in Hive's mapping (what Athena and Glue read): strings as UTF-8 binaries,
 * tinyint and smallint as annotated int32, timestamps as int96, dates as int32 DATE, decimals as fixed-length
 * DECIMAL, arrays as three-level LISTs, maps as MAPs of {@code key_value}, structs as groups; every column optional.
 */
final class ParquetSchema {

    private ParquetSchema() {
    }

    static MessageType of(List<String> names, List<HiveType> types) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (int i = 0; i < names.size(); i++) {
            message.addField(type(names.get(i), types.get(i), Type.Repetition.OPTIONAL));
        }
        return message.named("schema");
    }

    private static Type type(String name, HiveType t, Type.Repetition repetition) {
        return switch (t.name()) {
            case "string", "varchar", "char" -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType()).named(name);
            case "boolean" -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
            case "tinyint" -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.intType(8, true)).named(name);
            case "smallint" -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.intType(16, true)).named(name);
            case "int" -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
            case "bigint" -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
            case "float" -> Types.primitive(PrimitiveTypeName.FLOAT, repetition).named(name);
            case "double" -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
            case "decimal" -> Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, repetition)
                    .length(decimalBytes(t.precision()))
                    .as(LogicalTypeAnnotation.decimalType(t.scale(), t.precision())).named(name);
            case "timestamp" -> Types.primitive(PrimitiveTypeName.INT96, repetition).named(name);
            case "date" -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.dateType()).named(name);
            case "binary" -> Types.primitive(PrimitiveTypeName.BINARY, repetition).named(name);
            case "array" -> Types.buildGroup(repetition).as(LogicalTypeAnnotation.listType())
                    .addField(Types.repeatedGroup()
                            .addField(type("element", t.children().get(0), Type.Repetition.OPTIONAL)).named("list"))
                    .named(name);
            case "map" -> Types.buildGroup(repetition).as(LogicalTypeAnnotation.mapType())
                    .addField(Types.repeatedGroup()
                            .addField(type("key", t.children().get(0), Type.Repetition.REQUIRED))
                            .addField(type("value", t.children().get(1), Type.Repetition.OPTIONAL))
                            .named("key_value"))
                    .named(name);
            case "struct" -> {
                Types.GroupBuilder<org.apache.parquet.schema.GroupType> g = Types.buildGroup(repetition);
                for (int i = 0; i < t.fieldNames().size(); i++) {
                    g.addField(type(t.fieldNames().get(i), t.children().get(i), Type.Repetition.OPTIONAL));
                }
                yield g.named(name);
            }
            default -> throw new IllegalStateException(t.name());
        };
    }

    /** The fewest bytes whose two's complement holds every unscaled value of this precision, as Hive sizes them. */
    static int decimalBytes(int precision) {
        int bytes = 1;
        while (Math.pow(2, 8 * bytes - 1) < Math.pow(10, precision)) {
            bytes++;
        }
        return bytes;
    }
}
