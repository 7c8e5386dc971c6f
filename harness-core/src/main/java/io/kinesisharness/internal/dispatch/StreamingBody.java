package io.kinesisharness.internal.dispatch;

/** The transport's side of a streamed answer: bytes written to a response bound to one request. */
@FunctionalInterface
public interface StreamingBody {

    void start(StreamingResponse response);
}
