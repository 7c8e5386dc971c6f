package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * AWS's wording for a member of the wrong type (its Coral layer's Java conversion messages, grammar included).
 * A body that is not well-formed, or not an object, gets no message at all.
 */
public final class SerializationMessages {

    private static final String NUMBER = "class com.amazon.coral.value.json.numbers.TruncatingBigNumber";

    private SerializationMessages() {
    }

    public static String of(IOException e) {
        if (e instanceof BlobDeserializer.InvalidBlob blob) {
            // Without Jackson's location and reference-chain suffix.
            return blob.getOriginalMessage();
        }
        if (!(e instanceof MismatchedInputException mie) || mie.getPath().isEmpty()) {
            return null;
        }
        Class<?> target = mie.getTargetType();
        JsonToken token = e instanceof JsonMappingException jme && jme.getProcessor() instanceof JsonParser p
                ? p.currentToken() : null;
        if (target == null || token == null) {
            return null;
        }
        if (token == JsonToken.START_ARRAY && !Collection.class.isAssignableFrom(target)) {
            return "Start of list found where not expected";
        }
        if (token == JsonToken.START_OBJECT && !Map.class.isAssignableFrom(target) && !target.isRecord()) {
            return "Start of structure or map found where not expected.";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "Expected list or null";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "Expected map or null";
        }
        if (target.isRecord()) {
            return "Expected null";
        }
        String source = switch (token) {
            case VALUE_TRUE, VALUE_FALSE -> "class java.lang.Boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NUMBER;
            case VALUE_STRING -> "class java.lang.String";
            default -> null;
        };
        if (source == null) {
            return null;
        }
        if (target == String.class) {
            return source + " can not be converted to an String";
        }
        if (target == Integer.class || target == int.class) {
            return source + " can not be converted to an Integer";
        }
        if (target == Long.class || target == long.class) {
            return source + " can not be converted to an Long";
        }
        if (target == Boolean.class || target == boolean.class) {
            if (token == JsonToken.VALUE_STRING) {
                return "'" + text(mie) + "' can not be converted to an Boolean";
            }
            return source + " can not be converted to an Boolean";
        }
        if (target == byte[].class) {
            return source + " can not be converted to a Blob";
        }
        if (target == Instant.class) {
            return source + " can not be converted to milliseconds since epoch";
        }
        return null;
    }

    private static String text(MismatchedInputException e) {
        try {
            return ((JsonParser) e.getProcessor()).getText().toUpperCase(Locale.ROOT);
        } catch (IOException | RuntimeException ex) {
            return "";
        }
    }
}
