package io.kinesisharness.lambda;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a transformation answers for one record: {@code Ok} with the new data, {@code Dropped}, or
 * {@code ProcessingFailed}; with the partition keys dynamic partitioning reads ({@code metadata.partitionKeys}).
 *
 * @param result {@code Ok}, {@code Dropped} or {@code ProcessingFailed} (sent as given: a test may send others)
 * @param data the transformed bytes; null sends no {@code data} member
 * @param partitionKeys keys for {@code !{partitionKeyFromLambda:…}}; empty sends no {@code metadata}
 */
public record TransformResult(String result, byte[] data, Map<String, String> partitionKeys) {

    public TransformResult {
        partitionKeys = partitionKeys == null ? Map.of() : Map.copyOf(partitionKeys);
    }

    public static TransformResult ok(byte[] data) {
        return new TransformResult("Ok", data, Map.of());
    }

    public static TransformResult ok(String text) {
        return ok(text.getBytes(StandardCharsets.UTF_8));
    }

    public static TransformResult dropped() {
        return new TransformResult("Dropped", null, Map.of());
    }

    /** {@code ProcessingFailed}, keeping the record's data (AWS writes the original to the error output). */
    public static TransformResult processingFailed(byte[] data) {
        return new TransformResult("ProcessingFailed", data, Map.of());
    }

    /** This result with the partition keys a dynamically partitioned destination reads. */
    public TransformResult withPartitionKeys(Map<String, String> keys) {
        return new TransformResult(result, data, keys);
    }
}
