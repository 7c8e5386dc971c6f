package io.kinesisharness.internal.firehose.model;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * Every delivery stream of a harness, per account and region, by name in alphabetical order (the order
 * ListDeliveryStreams answers in). A deleted stream stays, DELETING, until its delete delay has passed on the
 * harness clock; lookups after that no longer find it.
 */
public final class DeliveryStreams {

    /** The quota per account and region AWS's CreateDeliveryStream documentation states. */
    public static final int MAX_PER_REGION = 5000;

    private final ConcurrentMap<Scope, TreeMap<String, DeliveryStream>> regions = new ConcurrentHashMap<>();
    /** Told when a stream leaves for good (its delete delay over, or a reset), so its delivery stops. */
    private final Consumer<DeliveryStream> onGone;

    public DeliveryStreams(Consumer<DeliveryStream> onGone) {
        this.onGone = onGone;
    }

    private TreeMap<String, DeliveryStream> region(Scope scope) {
        return regions.computeIfAbsent(scope, s -> new TreeMap<>());
    }

    /** Adds a new stream; ResourceInUseException if the name is taken, LimitExceededException at the quota. */
    public void add(DeliveryStream stream, Instant now) {
        TreeMap<String, DeliveryStream> region = region(stream.scope());
        synchronized (region) {
            purge(region, now);
            if (region.containsKey(stream.name())) {
                throw FirehoseErrors.exists(stream.name(), stream.scope());
            }
            if (region.size() >= MAX_PER_REGION) {
                throw FirehoseErrors.LIMIT_EXCEEDED.exception("You have already consumed your firehose quota of "
                        + MAX_PER_REGION + " hoses. Firehose names: " + String.join(",", region.keySet()));
            }
            region.put(stream.name(), stream);
        }
    }

    /** The stream (in any status but gone), or ResourceNotFoundException. */
    public DeliveryStream get(Scope scope, String name, Instant now) {
        DeliveryStream s = find(scope, name, now);
        if (s == null) {
            throw FirehoseErrors.notFound(name, scope);
        }
        return s;
    }

    public DeliveryStream find(Scope scope, String name, Instant now) {
        TreeMap<String, DeliveryStream> region = regions.get(scope);
        if (region == null || name == null) {
            return null;
        }
        synchronized (region) {
            purge(region, now);
            return region.get(name);
        }
    }

    /** Streams whose names follow {@code exclusiveStart}, alphabetically. */
    public List<DeliveryStream> list(Scope scope, String exclusiveStart, Instant now) {
        TreeMap<String, DeliveryStream> region = regions.get(scope);
        if (region == null) {
            return List.of();
        }
        synchronized (region) {
            purge(region, now);
            Map<String, DeliveryStream> tail = exclusiveStart == null ? region : region.tailMap(exclusiveStart, false);
            return new ArrayList<>(tail.values());
        }
    }

    /** Every stream of every account and region (for flushing all). */
    public List<DeliveryStream> all() {
        List<DeliveryStream> all = new ArrayList<>();
        for (TreeMap<String, DeliveryStream> region : regions.values()) {
            synchronized (region) {
                all.addAll(region.values());
            }
        }
        return all;
    }

    /** Removes a stream at once (AllowForceDelete, or a delete with no delay). */
    public void remove(DeliveryStream stream) {
        TreeMap<String, DeliveryStream> region = regions.get(stream.scope());
        if (region != null) {
            synchronized (region) {
                if (region.remove(stream.name(), stream)) {
                    onGone.accept(stream);
                }
            }
        }
    }

    public void clear() {
        for (DeliveryStream s : all()) {
            onGone.accept(s);
        }
        regions.clear();
    }

    private void purge(TreeMap<String, DeliveryStream> region, Instant now) {
        region.values().removeIf(s -> {
            if (s.gone(now)) {
                onGone.accept(s);
                return true;
            }
            return false;
        });
    }
}
