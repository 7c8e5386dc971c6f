package io.kinesisharness.internal.dispatch;

import java.util.concurrent.Executor;

/**
 * A response whose body is written piece by piece for as long as the operation likes (an event stream), bound
 * to one HTTP/2 stream or HTTP/1.1 connection. Every method but {@link #executor()} must be called on that
 * executor, the connection's I/O thread; work arriving from other threads is handed to it. Nothing here blocks.
 */
public interface StreamingResponse {

    /** The one thread this response may be used from. */
    Executor executor();

    /** Sends the response head: status 200 with this content type. Called once, before anything is written. */
    void begin(String contentType);

    /** Queues bytes of the body; they leave at the next {@link #flush()}. */
    void write(byte[] bytes);

    void flush();

    /**
     * False while the client reads more slowly than the body is written (its flow-control window is used up or
     * the socket buffer is full). A producer stops then, and goes on when {@link Listener#writable()} is called,
     * so a slow client never makes the server buffer without bound.
     */
    boolean isWritable();

    /** Ends the body normally; later calls do nothing. */
    void end();

    /** False once the response has ended or the client went away. */
    boolean isOpen();

    /** Registers the one listener of this response. */
    void listen(Listener listener);

    /** What the transport tells the producer, on {@link #executor()}. */
    interface Listener {

        /** The client caught up: writing may go on. */
        void writable();

        /**
         * Nothing has been written for several seconds of real time. Clients time out reads on real time (the AWS
         * SDK's Kinesis client after 10 s), whatever clock the content follows; a producer with a heartbeat of
         * its own sends it now.
         */
        void idle();

        /** The client went away (connection dropped, stream reset) or the response ended; called once. */
        void closed();
    }
}
