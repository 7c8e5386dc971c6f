package io.kinesisharness.internal.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads request timestamps. JSON: epoch seconds, integer or with fraction. CBOR: the SDKs send epoch
 * milliseconds (tagged 1 or not); a floating-point CBOR value is read as seconds, as plain CBOR would mean it.
 */
final class TimestampDeserializer extends StdDeserializer<Instant> {

    TimestampDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        boolean cbor = p instanceof CBORParser;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            long v = p.getLongValue();
            return cbor ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal seconds = p.getDecimalValue();
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
}
