package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes timestamps as AWS does: CBOR tag 1 + epoch millis, JSON epoch seconds with a millisecond fraction. */
public final class Timestamps {

    private Timestamps() {
    }

    public static void write(JsonGenerator gen, long millis) throws IOException {
        if (gen instanceof CBORGenerator cbor) {
            cbor.writeTag(1);
            cbor.writeNumber(millis);
        } else if (millis % 1000 == 0) {
            gen.writeNumber(millis / 1000);
        } else if (millis > 0) {
            // Formatted by hand to avoid a BigDecimal per record on the GetRecords path.
            long frac = millis % 1000;
            gen.writeNumber(millis / 1000 + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac);
        } else {
            gen.writeNumber(BigDecimal.valueOf(millis, 3));
        }
    }
}
