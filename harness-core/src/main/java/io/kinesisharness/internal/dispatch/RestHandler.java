package io.kinesisharness.internal.dispatch;

/**
 * A REST service's front door (S3): routes by method, path and query itself, answers in its own protocol
 * (XML bodies and HTTP statuses), errors included. The JSON/CBOR services go through {@link Dispatcher} instead.
 */
@FunctionalInterface
public interface RestHandler {

    AwsReply handle(RestRequest request);
}
