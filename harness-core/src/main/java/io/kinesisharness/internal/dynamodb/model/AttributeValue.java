package io.kinesisharness.internal.dynamodb.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One DynamoDB attribute value, immutable: the wire's {@code {"S":…}}, {@code {"N":…}}, … read and judged as DynamoDB
 * judges it (exactly one type, valid numbers, non-empty sets without duplicates; AWS's messages), kept with numbers
 * as {@link BigDecimal}s compared numerically and written back in DynamoDB's canonical form.
 */
@JsonDeserialize(using = AttributeValue.Reader.class)
@JsonSerialize(using = AttributeValue.Writer.class)
public final class AttributeValue {

    /** The ten data types, by their wire names. */
    public enum Type { S, N, B, SS, NS, BS, M, L, NULL, BOOL }

    private final Type type;
    private final Object value;

    private AttributeValue(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    public static AttributeValue s(String s) {
        return new AttributeValue(Type.S, Objects.requireNonNull(s));
    }

    public static AttributeValue n(BigDecimal n) {
        return new AttributeValue(Type.N, Numbers.canonical(n));
    }

    /** A number from its text, refused with AWS's messages when DynamoDB would refuse it. */
    public static AttributeValue n(String text) {
        return new AttributeValue(Type.N, Numbers.parse(text));
    }

    public static AttributeValue b(byte[] b) {
        return new AttributeValue(Type.B, b.clone());
    }

    public static AttributeValue bool(boolean b) {
        return new AttributeValue(Type.BOOL, b);
    }

    public static AttributeValue nul() {
        return new AttributeValue(Type.NULL, Boolean.TRUE);
    }

    public static AttributeValue m(Map<String, AttributeValue> m) {
        return new AttributeValue(Type.M, Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    }

    public static AttributeValue l(List<AttributeValue> l) {
        return new AttributeValue(Type.L, List.copyOf(l));
    }

    public static AttributeValue ss(List<String> values) {
        checkSet(values, "An string set ");
        checkDuplicates(values.stream().map(v -> (Object) v).toList(), values.toString());
        return new AttributeValue(Type.SS, List.copyOf(values));
    }

    public static AttributeValue ns(List<String> values) {
        checkSet(values, "An number set ");
        List<BigDecimal> numbers = new ArrayList<>(values.size());
        for (String v : values) {
            numbers.add(Numbers.parse(v));
        }
        List<Object> keys = new ArrayList<>();
        for (BigDecimal d : numbers) {
            keys.add(d.stripTrailingZeros());
        }
        checkDuplicates(keys, values.toString());
        return new AttributeValue(Type.NS, List.copyOf(numbers));
    }

    public static AttributeValue bs(List<byte[]> values) {
        if (values.isEmpty()) {
            throw DynamoDbErrors.invalidParameter("Binary sets should not be empty");
        }
        List<Object> keys = new ArrayList<>();
        for (byte[] b : values) {
            keys.add(java.nio.ByteBuffer.wrap(b));
        }
        List<String> printed = new ArrayList<>();
        for (byte[] b : values) {
            printed.add(java.nio.ByteBuffer.wrap(b).toString());
        }
        checkDuplicates(keys, printed.toString());
        return new AttributeValue(Type.BS, values.stream().map(byte[]::clone).toList());
    }

    private static void checkSet(List<String> values, String article) {
        if (values.isEmpty()) {
            throw DynamoDbErrors.invalidParameter(article + " may not be empty");
        }
    }

    private static void checkDuplicates(List<Object> keys, String printed) {
        if (new java.util.HashSet<>(keys).size() != keys.size()) {
            throw DynamoDbErrors.invalidParameter("Input collection " + printed + " contains duplicates.");
        }
    }

    public Type type() {
        return type;
    }

    public String s() {
        return (String) value;
    }

    public BigDecimal n() {
        return (BigDecimal) value;
    }

    public byte[] b() {
        return (byte[]) value;
    }

    public boolean bool() {
        return (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, AttributeValue> m() {
        return (Map<String, AttributeValue>) value;
    }

    @SuppressWarnings("unchecked")
    public List<AttributeValue> l() {
        return (List<AttributeValue>) value;
    }

    @SuppressWarnings("unchecked")
    public List<String> ss() {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public List<BigDecimal> ns() {
        return (List<BigDecimal>) value;
    }

    @SuppressWarnings("unchecked")
    public List<byte[]> bs() {
        return (List<byte[]>) value;
    }

    public boolean isSet() {
        return type == Type.SS || type == Type.NS || type == Type.BS;
    }

    /** Whether this is a value a key attribute may hold (S, N or B). */
    public boolean isScalarKeyType() {
        return type == Type.S || type == Type.N || type == Type.B;
    }

    /** The number of elements of a set or list, the entries of a map, the length of a string or binary. */
    public int size() {
        return switch (type) {
            case S -> s().length();
            case B -> b().length;
            case SS, NS, BS, L -> ((List<?>) value).size();
            case M -> m().size();
            default -> -1;
        };
    }

    /** DynamoDB's equality: numbers numerically, sets regardless of order, binaries by content. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AttributeValue other) || other.type != type) {
            return false;
        }
        return switch (type) {
            case N -> n().compareTo(other.n()) == 0;
            case B -> Arrays.equals(b(), other.b());
            case SS -> new java.util.HashSet<>(ss()).equals(new java.util.HashSet<>(other.ss()));
            case NS -> ns().size() == other.ns().size() && ns().stream().allMatch(
                    a -> other.ns().stream().anyMatch(x -> x.compareTo(a) == 0));
            case BS -> bs().size() == other.bs().size() && bs().stream().allMatch(
                    a -> other.bs().stream().anyMatch(x -> Arrays.equals(x, a)));
            default -> value.equals(other.value);
        };
    }

    @Override
    public int hashCode() {
        return switch (type) {
            case N -> n().stripTrailingZeros().hashCode();
            case B -> Arrays.hashCode(b());
            case SS -> new java.util.HashSet<>(ss()).hashCode();
            case NS -> ns().size();
            case BS -> bs().size();
            default -> value.hashCode();
        };
    }

    @Override
    public String toString() {
        return switch (type) {
            case S -> "{S: " + s() + "}";
            case N -> "{N: " + Numbers.text(n()) + "}";
            case B -> "{B: " + Base64.getEncoder().encodeToString(b()) + "}";
            default -> "{" + type + ": " + value + "}";
        };
    }

    /** Reads the wire form, judging it as DynamoDB does while reading. */
    public static final class Reader extends JsonDeserializer<AttributeValue> {
        @Override
        public AttributeValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (AttributeValue) ctxt.handleUnexpectedToken(AttributeValue.class, p);
            }
            AttributeValue result = null;
            int types = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    continue;
                }
                AttributeValue v = readMember(field, p, ctxt);
                if (v != null) {
                    types++;
                    result = v;
                }
            }
            if (types == 0) {
                throw DynamoDbErrors.validation("Supplied AttributeValue is empty, must contain exactly one of the "
                        + "supported datatypes");
            }
            if (types > 1) {
                throw DynamoDbErrors.validation("Supplied AttributeValue has more than one datatypes set, must "
                        + "contain exactly one of the supported datatypes");
            }
            return result;
        }

        private AttributeValue readMember(String field, JsonParser p, DeserializationContext ctxt) throws IOException {
            return switch (field) {
                case "S" -> s(p.getValueAsString());
                case "N" -> n(text(p, ctxt));
                case "B" -> b(blob(p, ctxt));
                case "BOOL" -> bool(p.getBooleanValue());
                case "NULL" -> {
                    if (!p.getBooleanValue()) {
                        throw DynamoDbErrors.invalidParameter("Null attribute value types must have the value of "
                                + "true");
                    }
                    yield nul();
                }
                case "SS", "NS" -> {
                    List<String> values = new ArrayList<>();
                    expect(p, JsonToken.START_ARRAY, ctxt);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        values.add(text(p, ctxt));
                    }
                    yield "SS".equals(field) ? ss(values) : ns(values);
                }
                case "BS" -> {
                    List<byte[]> values = new ArrayList<>();
                    expect(p, JsonToken.START_ARRAY, ctxt);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        values.add(blob(p, ctxt));
                    }
                    yield bs(values);
                }
                case "M" -> {
                    expect(p, JsonToken.START_OBJECT, ctxt);
                    Map<String, AttributeValue> m = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        m.put(name, deserialize(p, ctxt));
                    }
                    yield new AttributeValue(Type.M, Collections.unmodifiableMap(m));
                }
                case "L" -> {
                    expect(p, JsonToken.START_ARRAY, ctxt);
                    List<AttributeValue> l = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        l.add(deserialize(p, ctxt));
                    }
                    yield new AttributeValue(Type.L, Collections.unmodifiableList(l));
                }
                default -> {
                    p.skipChildren();
                    yield null;
                }
            };
        }

        private static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getText();
        }

        private static byte[] blob(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof byte[] b) {
                return b;
            }
            String text = text(p, ctxt);
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw io.kinesisharness.internal.errors.CommonErrors.SERIALIZATION.exception(
                        "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
            }
        }

        private static void expect(JsonParser p, JsonToken token, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != token) {
                ctxt.handleUnexpectedToken(token == JsonToken.START_ARRAY ? List.class : Map.class, p);
            }
        }
    }

    /** Writes the wire form: numbers canonical, binaries base64. */
    public static final class Writer extends JsonSerializer<AttributeValue> {
        @Override
        public void serialize(AttributeValue v, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            switch (v.type) {
                case S -> g.writeStringField("S", v.s());
                case N -> g.writeStringField("N", Numbers.text(v.n()));
                case B -> {
                    g.writeFieldName("B");
                    g.writeBinary(v.b());
                }
                case BOOL -> g.writeBooleanField("BOOL", v.bool());
                case NULL -> g.writeBooleanField("NULL", true);
                case SS -> {
                    g.writeArrayFieldStart("SS");
                    for (String s : v.ss()) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                }
                case NS -> {
                    g.writeArrayFieldStart("NS");
                    for (BigDecimal n : v.ns()) {
                        g.writeString(Numbers.text(n));
                    }
                    g.writeEndArray();
                }
                case BS -> {
                    g.writeArrayFieldStart("BS");
                    for (byte[] b : v.bs()) {
                        g.writeBinary(b);
                    }
                    g.writeEndArray();
                }
                case M -> {
                    g.writeObjectFieldStart("M");
                    for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
                        g.writeFieldName(e.getKey());
                        serialize(e.getValue(), g, provider);
                    }
                    g.writeEndObject();
                }
                case L -> {
                    g.writeArrayFieldStart("L");
                    for (AttributeValue e : v.l()) {
                        serialize(e, g, provider);
                    }
                    g.writeEndArray();
                }
                default -> throw new IllegalStateException(v.type.name());
            }
            g.writeEndObject();
        }
    }
}
