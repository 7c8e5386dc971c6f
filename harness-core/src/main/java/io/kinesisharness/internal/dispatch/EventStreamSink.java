package io.kinesisharness.internal.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.protocol.awsjson.JsonErrorWriter;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.protocol.eventstream.EventStreamFrames;
import java.util.concurrent.Executor;

/** Events of an AWS JSON/CBOR operation, encoded in the request's format and framed as an AWS event stream. */
public final class EventStreamSink implements EventSink {

    private final StreamingResponse response;
    private final WireFormat format;

    public EventStreamSink(StreamingResponse response, WireFormat format) {
        this.response = response;
        this.format = format;
    }

    @Override
    public Executor executor() {
        return response.executor();
    }

    @Override
    public void begin() {
        response.begin(EventStreamFrames.CONTENT_TYPE);
    }

    @Override
    public void event(String eventType, Object payload) {
        byte[] encoded;
        try {
            encoded = format.mapper().writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a " + eventType + " event", e);
        }
        response.write(EventStreamFrames.event(eventType, format.contentType(), encoded));
    }

    @Override
    public void exception(AwsException error) {
        response.write(EventStreamFrames.exception(error.code(), format.contentType(),
                JsonErrorWriter.body(error.code(), error.getMessage(), format)));
    }

    @Override
    public void flush() {
        response.flush();
    }

    @Override
    public boolean isWritable() {
        return response.isWritable();
    }

    @Override
    public void end() {
        response.end();
    }

    @Override
    public boolean isOpen() {
        return response.isOpen();
    }

    @Override
    public void listen(StreamingResponse.Listener listener) {
        response.listen(listener);
    }
}
