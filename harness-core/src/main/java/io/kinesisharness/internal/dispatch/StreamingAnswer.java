package io.kinesisharness.internal.dispatch;

/**
 * What a handler returns when it answers with a stream of events rather than a body. The dispatcher's checks
 * (content type, authentication, validation) and the handler's own have all passed by then; the transport binds
 * a response to the request and calls {@link #start} on its I/O thread with a sink that frames each event in the
 * protocol of the request. A handler that must refuse still throws an {@code AwsException}, which goes out as an
 * ordinary error response.
 */
@FunctionalInterface
public interface StreamingAnswer {

    void start(EventSink events);
}
