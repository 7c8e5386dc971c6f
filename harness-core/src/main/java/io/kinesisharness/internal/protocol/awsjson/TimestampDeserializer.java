package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Reads request timestamps. JSON: epoch seconds, integer or with fraction. CBOR: the SDKs send epoch
 * milliseconds (tagged 1 or not); a floating-point CBOR value is read as seconds, as plain CBOR would mean it.
 */
final class TimestampDeserializer extends StdDeserializer<Instant> {

    private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN_MILLIS = BigDecimal.valueOf(Long.MIN_VALUE);

    TimestampDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        boolean cbor = p instanceof CBORParser;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = p.getDecimalValue();
            boolean millis = cbor && t == JsonToken.VALUE_NUMBER_INT;
            BigDecimal epochMillis = (millis ? value : value.movePointRight(3)).setScale(0, RoundingMode.FLOOR);
            // Clamped rather than wrapped, so an absurd timestamp stays absurdly late (or early) for the checks.
            return Instant.ofEpochMilli(epochMillis.max(MIN_MILLIS).min(MAX_MILLIS).longValue());
        }
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
}
