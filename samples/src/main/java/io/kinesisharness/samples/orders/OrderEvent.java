package io.kinesisharness.samples.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An order placed by a customer; published as JSON, keyed by customer so a customer's orders stay in order. */
public record OrderEvent(String orderId, String customerId, long amountCents) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OrderEvent fromJson(byte[] json) {
        try {
            return JSON.readValue(json, OrderEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
