package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.errors.AwsException;
import java.util.concurrent.Executor;

/**
 * Where an engine sends the events of a streamed answer, as values: the protocol encodes each in the request's
 * format and frames it, so engines never build wire bytes. The threading contract is {@link StreamingResponse}'s:
 * every method but {@link #executor()} on that executor.
 */
public interface EventSink {

    /** The one thread this sink may be used from. */
    Executor executor();

    /** Sends the response head; called once, before any event. */
    void begin();

    /** Queues an event of the given type ({@code SubscribeToShardEvent}); encoded now, sent at {@link #flush()}. */
    void event(String eventType, Object payload);

    /** Queues an error event, which ends what the client reads. */
    void exception(AwsException error);

    void flush();

    /** See {@link StreamingResponse#isWritable()}. */
    boolean isWritable();

    void end();

    boolean isOpen();

    void listen(StreamingResponse.Listener listener);
}
