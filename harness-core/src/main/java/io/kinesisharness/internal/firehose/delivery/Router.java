package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.processing.MetadataQuery;
import io.kinesisharness.internal.firehose.processing.ProcessingPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records into the destination's buffers. Without dynamic partitioning there is one; with it, each record's keys
 * (from the metadata extraction query, from the Lambda's {@code metadata.partitionKeys}, as the prefix names them)
 * choose a buffer of its own, up to 500 active partitions (a partition is active while its buffer holds records).
 * A record whose keys cannot be extracted goes to {@code metadata-extraction-failed}; one lacking a key the prefix
 * names, or beyond the partition limit, to {@code partitioning-failed}.
 */
final class Router {

    static final int ACTIVE_PARTITIONS = 500;
    static final String EXTRACTION_FAILED = "DynamicPartitioning.MetadataExtractionFailed";
    static final String KEY_MISSING = "DynamicPartitioning.PartitionKeyMissing";
    static final String LIMIT_EXCEEDED = "DynamicPartitioning.ActivePartitionsLimitExceeded";

    private final DeliveryStream stream;
    private final HarnessScheduler scheduler;
    private final ErrorOutput errors;
    /** Guards the lanes; never held by a lane's delivery, so delivering and routing cannot wait on each other. */
    private final Object lock = new Object();
    private final Map<Partition, Lane> lanes = new LinkedHashMap<>();
    private Sink sink;
    private String queryText;
    private MetadataQuery query;

    Router(DeliveryStream stream, HarnessScheduler scheduler, ErrorOutput errors) {
        this.stream = stream;
        this.scheduler = scheduler;
        this.errors = errors;
    }

    /** Delivers to a new destination type from now on; what the old one buffered moves to the new lanes. */
    void destination(Sink newSink) {
        List<InputRecord> carried = new ArrayList<>();
        synchronized (lock) {
            for (Lane l : lanes.values()) {
                carried.addAll(l.drain());
            }
            lanes.clear();
            sink = newSink;
        }
        if (!carried.isEmpty()) {
            route(carried);
        }
    }

    void route(List<InputRecord> records) {
        synchronized (lock) {
            if (!Plans.partitioned(stream.destination())) {
                lane(Partition.NONE).add(records);
                return;
            }
            partition(records);
        }
    }

    void flush() {
        List<Lane> now;
        synchronized (lock) {
            now = new ArrayList<>(lanes.values());
        }
        for (Lane l : now) {
            l.flush();
        }
    }

    void discard() {
        synchronized (lock) {
            for (Lane l : lanes.values()) {
                l.discard();
            }
            lanes.clear();
        }
    }

    private Lane lane(Partition p) {
        return lanes.computeIfAbsent(p, k -> new Lane(stream, sink, scheduler, k));
    }

    private void partition(List<InputRecord> records) {
        ExtendedS3DestinationDescription d = stream.destination().extendedS3DestinationDescription();
        ProcessingPlan plan = Plans.of(stream.destination());
        Prefixes prefix = Prefixes.ofPrefix(d.prefix());
        List<String> fromQuery = prefix.keysNamed("partitionKeyFromQuery");
        List<String> fromLambda = prefix.keysNamed("partitionKeyFromLambda");
        MetadataQuery q = plan.metadataQuery() == null ? null : query(plan.metadataQuery());
        Map<Partition, List<InputRecord>> groups = new LinkedHashMap<>();
        List<ErrorOutput.Failed> extraction = new ArrayList<>();
        List<ErrorOutput.Failed> partitioning = new ArrayList<>();
        for (InputRecord r : records) {
            Map<String, String> queried = Map.of();
            if (q != null) {
                try {
                    queried = q.keys(r.data());
                } catch (MetadataQuery.ExtractionFailure e) {
                    extraction.add(new ErrorOutput.Failed(r, EXTRACTION_FAILED, e.getMessage(), 1));
                    continue;
                }
            }
            Map<String, String> fq = pick(queried, fromQuery);
            Map<String, String> fl = pick(r.lambdaKeys(), fromLambda);
            if (fq == null || fl == null) {
                String missing = fq == null ? missing(queried, fromQuery) : missing(r.lambdaKeys(), fromLambda);
                partitioning.add(new ErrorOutput.Failed(r, KEY_MISSING, "Partition key " + missing
                        + " named in the prefix was not found for the record", 1));
                continue;
            }
            groups.computeIfAbsent(new Partition(fq, fl), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Partition, List<InputRecord>> g : groups.entrySet()) {
            if (!lanes.containsKey(g.getKey()) && active() >= ACTIVE_PARTITIONS) {
                for (InputRecord r : g.getValue()) {
                    partitioning.add(new ErrorOutput.Failed(r, LIMIT_EXCEEDED, "The number of active partitions "
                            + "exceeded the limit of " + ACTIVE_PARTITIONS + " for the delivery stream", 1));
                }
                continue;
            }
            lane(g.getKey()).add(g.getValue());
        }
        errors.write(stream, ErrorOutput.METADATA_EXTRACTION_FAILED, extraction, null, scheduler.clock().now());
        errors.write(stream, ErrorOutput.PARTITIONING_FAILED, partitioning, null, scheduler.clock().now());
    }

    /** Active partitions: lanes holding records; idle ones are let go. */
    private int active() {
        for (Iterator<Lane> it = lanes.values().iterator(); it.hasNext();) {
            if (it.next().idle()) {
                it.remove();
            }
        }
        return lanes.size();
    }

    private MetadataQuery query(String text) {
        if (!text.equals(queryText)) {
            query = MetadataQuery.compile(text, () -> scheduler.clock().now());
            queryText = text;
        }
        return query;
    }

    /** The keys the prefix names, from what the record yielded; null when one is missing. */
    private static Map<String, String> pick(Map<String, String> keys, List<String> named) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : named) {
            String v = keys.get(k);
            if (v == null) {
                return null;
            }
            out.put(k, v);
        }
        return out;
    }

    private static String missing(Map<String, String> keys, List<String> named) {
        return named.stream().filter(k -> !keys.containsKey(k)).findFirst().orElse("?");
    }
}
