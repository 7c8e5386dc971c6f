package io.kinesisharness.internal.protocol.eventstream;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.eventstream.HeaderValue;
import software.amazon.awssdk.eventstream.Message;

/**
 * Messages of the AWS event-stream format ({@code application/vnd.amazon.eventstream}): each one a prelude
 * (total length, headers length, prelude CRC32), typed headers, the payload and a CRC32 of the whole. The framing
 * is the AWS SDK's own eventstream module, the one the SDK decodes these messages with. Payloads are encoded by
 * the caller in the request's format, which {@code :content-type} names.
 */
public final class EventStreamFrames {

    public static final String CONTENT_TYPE = "application/vnd.amazon.eventstream";

    private EventStreamFrames() {
    }

    /** An event: {@code :message-type event} with its {@code :event-type}. */
    public static byte[] event(String eventType, String payloadContentType, byte[] payload) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>(4);
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(eventType));
        headers.put(":content-type", HeaderValue.fromString(payloadContentType));
        return encode(headers, payload);
    }

    /** An error inside the stream: {@code :message-type exception}, the AWS error code as {@code :exception-type}. */
    public static byte[] exception(String errorCode, String payloadContentType, byte[] payload) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>(4);
        headers.put(":message-type", HeaderValue.fromString("exception"));
        headers.put(":exception-type", HeaderValue.fromString(errorCode));
        headers.put(":content-type", HeaderValue.fromString(payloadContentType));
        return encode(headers, payload);
    }

    private static byte[] encode(Map<String, HeaderValue> headers, byte[] payload) {
        ByteBuffer buffer = new Message(headers, payload).toByteBuffer();
        if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.remaining() == buffer.array().length) {
            return buffer.array();
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
