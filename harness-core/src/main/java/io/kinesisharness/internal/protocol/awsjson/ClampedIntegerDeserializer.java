package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Integer members as AWS reads them: fractions floored, values beyond the int range clamped (so an oversized
 * ShardCount is reported as 2147483647 by validation rather than failing to parse).
 */
final class ClampedIntegerDeserializer extends StdDeserializer<Integer> {

    ClampedIntegerDeserializer() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
        BigDecimal v = p.getDecimalValue().setScale(0, java.math.RoundingMode.FLOOR);
        if (v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Integer.MAX_VALUE;
        }
        if (v.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return Integer.MIN_VALUE;
        }
        return v.intValue();
    }
}
