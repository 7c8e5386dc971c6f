package io.kinesisharness.internal.dispatch;

/** One AWS operation: its input shape and the handler that answers it. */
public record Operation<I, O>(String service, String name, Class<I> input, Handler<I, O> handler) {

    @FunctionalInterface
    public interface Handler<I, O> {
        O handle(RequestContext context, I input);
    }
}
