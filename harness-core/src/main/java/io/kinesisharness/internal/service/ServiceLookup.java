package io.kinesisharness.internal.service;

/**
 * The other services of a harness. A service reads another only through an interface that one offers (its
 * module implements it: a Kinesis record source, an object store), never through its internals; asking builds
 * the other service if the harness has not yet.
 */
@FunctionalInterface
public interface ServiceLookup {

    /** The named service's module as the interface it offers; IllegalStateException if it offers none such. */
    <T> T offered(String service, Class<T> type);
}
