package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/** Instants in responses, in the wire format's timestamp form ({@link Timestamps}). */
final class TimestampSerializer extends StdSerializer<Instant> {

    TimestampSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Timestamps.write(gen, value.toEpochMilli());
    }
}
