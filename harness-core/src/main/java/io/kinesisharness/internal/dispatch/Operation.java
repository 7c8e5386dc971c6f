package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;

/** One AWS operation: its service's protocol, its input shape and the handler that answers it. */
public record Operation<I, O>(String service, String name, JsonProtocol protocol, Class<I> input,
        Handler<I, O> handler) {

    @FunctionalInterface
    public interface Handler<I, O> {
        O handle(RequestContext context, I input);
    }
}
