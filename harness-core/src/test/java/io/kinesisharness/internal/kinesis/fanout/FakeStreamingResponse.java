package io.kinesisharness.internal.kinesis.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.internal.dispatch.StreamingResponse;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import software.amazon.awssdk.eventstream.Message;
import software.amazon.awssdk.eventstream.MessageDecoder;

/**
 * A response with no network under it: work runs on the calling thread, the test decides when the client is
 * writable, and what was written decodes back into event-stream messages with the SDK's decoder.
 */
final class FakeStreamingResponse implements StreamingResponse {

    private final ByteArrayOutputStream flushed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean writable = true;
    private boolean ended;
    private String contentType;
    private Listener listener;

    @Override
    public Executor executor() {
        return Runnable::run;
    }

    @Override
    public void begin(String contentType) {
        this.contentType = contentType;
    }

    @Override
    public void write(byte[] bytes) {
        pending.writeBytes(bytes);
    }

    @Override
    public void flush() {
        flushed.writeBytes(pending.toByteArray());
        pending.reset();
    }

    @Override
    public boolean isWritable() {
        return writable && !ended;
    }

    @Override
    public void end() {
        flush();
        ended = true;
        listener.closed();
    }

    @Override
    public boolean isOpen() {
        return !ended;
    }

    @Override
    public void listen(Listener listener) {
        this.listener = listener;
    }

    void writable(boolean now) {
        writable = now;
        if (now) {
            listener.writable();
        }
    }

    void goesIdle() {
        listener.idle();
    }

    void clientLeaves() {
        ended = true;
        listener.closed();
    }

    boolean ended() {
        return ended;
    }

    String contentType() {
        return contentType;
    }

    List<Message> messages() {
        MessageDecoder decoder = new MessageDecoder();
        decoder.feed(flushed.toByteArray());
        return decoder.getDecodedMessages();
    }

    /** The JSON payloads of the SubscribeToShardEvents sent so far. */
    List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        for (Message m : messages()) {
            if (m.getHeaders().get(":event-type").getString().equals("SubscribeToShardEvent")) {
                try {
                    events.add(WireFormat.JSON.mapper().readTree(m.getPayload()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return events;
    }
}
