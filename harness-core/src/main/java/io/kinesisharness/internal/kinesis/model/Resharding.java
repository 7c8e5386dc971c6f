package io.kinesisharness.internal.kinesis.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shard changes as AWS makes them: a split closes a shard and opens two children, a merge closes two adjacent
 * shards and opens one, and a uniform rescale is a series of both, so every shard has at most two parents that
 * were adjacent, which is the lineage consumers like the KCL rely on. All happen at one instant under the
 * stream's lock; writers that routed to a shard closed meanwhile route again.
 */
public final class Resharding {

    private Resharding() {
    }

    /** Splits {@code parent} so that {@code newStart} begins the upper child; returns the two children. */
    public static List<StreamShard> split(KinesisStream stream, StreamShard parent, BigInteger newStart, long at) {
        synchronized (stream) {
            List<StreamShard> children = splitUnrouted(stream, parent, newStart, at);
            stream.refreshRouting();
            return children;
        }
    }

    /** Merges {@code lower} with the shard right above it in the hash-key space. */
    public static StreamShard merge(KinesisStream stream, StreamShard lower, StreamShard upper, long at) {
        synchronized (stream) {
            StreamShard child = mergeUnrouted(stream, lower, upper, at);
            stream.refreshRouting();
            return child;
        }
    }

    /**
     * Rescales to {@code target} open shards of equal size (UNIFORM_SCALING): first every open shard is split at
     * each target boundary inside it, then the pieces of each target range are merged left to right. The short
     * lived shards in between are closed at once, as AWS documents.
     */
    public static void uniform(KinesisStream stream, int target, long at) {
        synchronized (stream) {
            BigInteger step = KinesisStream.MAX_HASH_KEY.add(BigInteger.ONE).divide(BigInteger.valueOf(target));
            List<StreamShard> open = new ArrayList<>(stream.openShards());
            open.sort(Comparator.comparing(StreamShard::startingHashKey));
            List<StreamShard> pieces = new ArrayList<>();
            for (StreamShard shard : open) {
                StreamShard piece = shard;
                for (int i = 1; i < target; i++) {
                    BigInteger boundary = step.multiply(BigInteger.valueOf(i));
                    if (boundary.compareTo(piece.startingHashKey()) > 0
                            && boundary.compareTo(piece.endingHashKey()) <= 0) {
                        List<StreamShard> halves = splitUnrouted(stream, piece, boundary, at);
                        pieces.add(halves.get(0));
                        piece = halves.get(1);
                    }
                }
                pieces.add(piece);
            }
            StreamShard run = null;
            int runRange = -1;
            for (StreamShard piece : pieces) {
                int range = rangeIndex(piece, step, target);
                if (run != null && range == runRange) {
                    run = mergeUnrouted(stream, run, piece, at);
                } else {
                    run = piece;
                    runRange = range;
                }
            }
            stream.refreshRouting();
        }
    }

    private static int rangeIndex(StreamShard shard, BigInteger step, int target) {
        return Math.min(target - 1, shard.startingHashKey().divide(step).intValueExact());
    }

    private static List<StreamShard> splitUnrouted(KinesisStream stream, StreamShard parent, BigInteger newStart,
            long at) {
        parent.close(at);
        StreamShard lower = stream.addShard(parent.startingHashKey(), newStart.subtract(BigInteger.ONE), parent.id(),
                null, at);
        StreamShard upper = stream.addShard(newStart, parent.endingHashKey(), parent.id(), null, at);
        return List.of(lower, upper);
    }

    private static StreamShard mergeUnrouted(KinesisStream stream, StreamShard lower, StreamShard upper, long at) {
        lower.close(at);
        upper.close(at);
        return stream.addShard(lower.startingHashKey(), upper.endingHashKey(), lower.id(), upper.id(), at);
    }
}
