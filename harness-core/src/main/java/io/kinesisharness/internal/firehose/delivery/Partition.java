package io.kinesisharness.internal.firehose.delivery;

import java.util.Map;

/**
 * The keys one buffer's records share under dynamic partitioning: those a metadata extraction query gave
 * ({@code partitionKeyFromQuery}) and those a Lambda transformation returned ({@code partitionKeyFromLambda}).
 * Each distinct pair is a buffer of its own, as AWS's are.
 */
record Partition(Map<String, String> fromQuery, Map<String, String> fromLambda) {

    static final Partition NONE = new Partition(Map.of(), Map.of());
}
