package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.time.Instant;
import java.util.Locale;

/**
 * The two AWS body encodings. AWS JSON 1.x: timestamps as epoch seconds with a fraction, blobs as base64.
 * CBOR 1.1: timestamps as tag 1 + integer epoch milliseconds, blobs as byte strings. A response is written in
 * the request's format.
 */
public enum WireFormat {
    /** AWS JSON 1.1: Kinesis, Firehose, Kinesis Data Analytics. */
    JSON("application/x-amz-json-1.1", jsonMapper()),
    CBOR("application/x-amz-cbor-1.1", cborMapper()),
    /** AWS JSON 1.0: DynamoDB. The same encoding as 1.1; services differ in which they accept. */
    JSON_1_0("application/x-amz-json-1.0", JSON.mapper);

    private final String contentType;
    private final ObjectMapper mapper;

    WireFormat(String contentType, ObjectMapper mapper) {
        this.contentType = contentType;
        this.mapper = mapper;
    }

    public String contentType() {
        return contentType;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The format a Content-Type names, or null when it names none of them. As AWS reads it: the value up to the
     * first {@code ;}, spaces trimmed, must be the media type exactly. Plain {@code application/json} reads as
     * JSON 1.1 (see {@link #isPlainJson}: AWS's Coral layer answers it itself).
     */
    public static WireFormat fromContentType(String contentType) {
        String type = mediaType(contentType);
        if (type == null) {
            return null;
        }
        for (WireFormat f : values()) {
            if (f.contentType.equals(type)) {
                return f;
            }
        }
        return type.equals("application/json") ? JSON : null;
    }

    /** Whether the Content-Type is plain {@code application/json}, which never reaches an operation on AWS. */
    public static boolean isPlainJson(String contentType) {
        return "application/json".equals(mediaType(contentType));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static ObjectMapper jsonMapper() {
        return configure(JsonMapper.builder().build());
    }

    private static ObjectMapper cborMapper() {
        return configure(CBORMapper.builder(CBORFactory.builder().build()).build());
    }

    private static ObjectMapper configure(ObjectMapper m) {
        SimpleModule timestamps = new SimpleModule("aws-timestamps");
        timestamps.addSerializer(Instant.class, new TimestampSerializer());
        timestamps.addDeserializer(Instant.class, new TimestampDeserializer());
        timestamps.addDeserializer(byte[].class, new BlobDeserializer());
        timestamps.addDeserializer(Integer.class, new ClampedIntegerDeserializer());
        m.registerModule(timestamps);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        m.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        m.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        // A null element or map value is a missing member to AWS, not a value to hand an operation.
        m.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // A body with anything after its one object is not well-formed to AWS.
        m.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        // AWS floors a fractional number given for an integer member.
        m.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, true);
        // AWS rejects a string where a number belongs (and the reverse); Jackson would quietly convert.
        m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }
}
