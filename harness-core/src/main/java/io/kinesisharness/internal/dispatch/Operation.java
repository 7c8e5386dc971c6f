package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;

/**
 * One AWS operation: its service's protocol, its input shape and the handler that answers it.
 *
 * @param readErrors rewords an AWS error a value raised while the input was read (DynamoDB words some by operation)
 */
public record Operation<I, O>(String service, String name, JsonProtocol protocol, Class<I> input,
        Handler<I, O> handler, java.util.function.UnaryOperator<io.kinesisharness.internal.errors.AwsException>
                readErrors) {

    public Operation(String service, String name, JsonProtocol protocol, Class<I> input, Handler<I, O> handler) {
        this(service, name, protocol, input, handler, java.util.function.UnaryOperator.identity());
    }

    @FunctionalInterface
    public interface Handler<I, O> {
        O handle(RequestContext context, I input);
    }
}
