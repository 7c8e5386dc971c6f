package io.kinesisharness.samples.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Goods in (positive {@code delta}) or out (negative) for one SKU, as a warehouse publishes it. */
public record StockMovement(String movementId, String sku, int delta) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StockMovement fromJson(ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        try {
            return JSON.readValue(bytes, StockMovement.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
