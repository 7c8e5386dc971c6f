package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.PutRecordRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordResponse;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequestEntry;
import io.kinesisharness.internal.kinesis.api.PutRecordsResponse;
import io.kinesisharness.internal.kinesis.api.PutRecordsResultEntry;
import io.kinesisharness.internal.kinesis.limits.Throttling;
import io.kinesisharness.internal.kinesis.model.HashKey;
import io.kinesisharness.internal.kinesis.model.HashKeys;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.SequenceNumbers;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.store.ShardLog;
import io.kinesisharness.internal.kinesis.store.StoredRecord;
import java.util.Arrays;
import java.util.List;

/** PutRecord and PutRecords. */
public final class WriteOperations {

    private static final long PUT_RECORDS_MAX_BYTES = 5L * 1024 * 1024;

    private final KinesisEngine engine;

    public WriteOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public PutRecordResponse putRecord(RequestContext ctx, PutRecordRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.readyStream(ctx.scope(), in, now);
        int keyBytes = ShardLog.keyBytes(in.partitionKey());
        checkRecordSize(stream, in.data(), keyBytes, null);
        HashKey hashKey = HashKeys.of(in.partitionKey(), in.explicitHashKey());
        if (in.sequenceNumberForOrdering() != null) {
            SequenceNumbers.checkExclusiveMinimum(in.sequenceNumberForOrdering(), stream);
        }
        DryRun.stopIfSet(in.dryRun());
        StreamShard shard = route(stream, hashKey);
        if (!engine.throttling().admitWrite(stream, shard, in.data().length + keyBytes, now)) {
            throw Throttling.shardRateExceeded(stream, shard);
        }
        Appended r = append(stream, shard, hashKey, in.data(), in.partitionKey(), now);
        return new PutRecordResponse(r.shardId, r.record.sequenceNumber(), stream.recordEncryptionType());
    }

    public PutRecordsResponse putRecords(RequestContext ctx, PutRecordsRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.readyStream(ctx.scope(), in, now);
        List<PutRecordsRequestEntry> entries = in.records();
        long total = 0;
        HashKey[] keys = new HashKey[entries.size()];
        // UTF-8 key lengths, measured once: size limits, throttling and storage all count them.
        int[] keyBytes = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry e = entries.get(i);
            keyBytes[i] = ShardLog.keyBytes(e.partitionKey());
            checkRecordSize(stream, e.data(), keyBytes[i], i);
            total += e.data().length + keyBytes[i];
            keys[i] = HashKeys.of(e.partitionKey(), e.explicitHashKey());
        }
        if (total > PUT_RECORDS_MAX_BYTES) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Records size exceeds 5 MB limit");
        }
        DryRun.stopIfSet(in.dryRun());
        int n = entries.size();
        PutRecordsResultEntry[] results = new PutRecordsResultEntry[n];
        StreamShard[] routed = new StreamShard[n];
        int failed = 0;
        for (int i = 0; i < n; i++) {
            PutRecordsRequestEntry e = entries.get(i);
            StreamShard shard = route(stream, keys[i]);
            // Each entry is judged alone, as AWS does: one over its shard's limit fails, the others are stored.
            if (ctx.entryFails()
                    || !engine.throttling().admitWrite(stream, shard, e.data().length + keyBytes[i], now)) {
                failed++;
                results[i] = PutRecordsResultEntry.failed("ProvisionedThroughputExceededException",
                        Throttling.shardRateMessage(stream, shard));
            } else {
                routed[i] = shard;
            }
        }
        appendByShard(stream, entries, keys, keyBytes, routed, results, now);
        return new PutRecordsResponse(failed, Arrays.asList(results), stream.recordEncryptionType());
    }

    /**
     * Appends the admitted entries shard by shard, each shard's in request order under one taking of its lock:
     * two writers sharing shards would otherwise contend on every single record.
     */
    private static void appendByShard(KinesisStream stream, List<PutRecordsRequestEntry> entries, HashKey[] keys,
            int[] keyBytes, StreamShard[] routed, PutRecordsResultEntry[] results, long now) {
        int n = entries.size();
        int[] group = new int[n];
        byte[][] data = new byte[n][];
        String[] partitionKeys = new String[n];
        int[] keyLengths = new int[n];
        for (int first = 0; first < n; first++) {
            StreamShard shard = routed[first];
            if (shard == null || results[first] != null) {
                continue;
            }
            int size = 0;
            for (int j = first; j < n; j++) {
                if (routed[j] == shard && results[j] == null) {
                    group[size] = j;
                    data[size] = entries.get(j).data();
                    partitionKeys[size] = entries.get(j).partitionKey();
                    keyLengths[size] = keyBytes[j];
                    size++;
                }
            }
            StoredRecord[] stored = shard.log().appendAll(Math.max(now, shard.createdMillis()), data, partitionKeys,
                    keyLengths, size, stream.recordEncryptionType(), shard.sequencePrefix(),
                    stream.retentionCutoffMillis(now));
            for (int k = 0; k < size; k++) {
                int j = group[k];
                if (stored != null) {
                    results[j] = PutRecordsResultEntry.ok(stored[k], shard.id());
                } else {
                    // The shard closed after routing (a reshard): each entry finds the shard that owns it now.
                    Appended r = append(stream, shard, keys[j], data[k], partitionKeys[k], now);
                    results[j] = PutRecordsResultEntry.ok(r.record, r.shardId);
                }
            }
        }
    }

    /** The open shard for a record: by hash key, or in turn over all open shards when AWS distributes (AUTO). */
    private static StreamShard route(KinesisStream stream, HashKey hashKey) {
        if (stream.attributes().distributesAutomatically()) {
            java.util.List<StreamShard> open = stream.openShards();
            return open.get((int) Math.floorMod(stream.attributes().nextAutoRoute(), (long) open.size()));
        }
        return stream.route(hashKey);
    }

    /**
     * Appends to the routed shard, or, when a reshard closed it after routing, to the shard that now owns the
     * key (found under the stream's lock, which the reshard holds until the routing table is new). A record is
     * never older than its shard, so its sequence number follows the shard's starting one.
     */
    private static Appended append(KinesisStream stream, StreamShard shard, HashKey hashKey, byte[] data,
            String partitionKey, long now) {
        StreamShard target = shard;
        while (true) {
            StoredRecord r = target.log().append(Math.max(now, target.createdMillis()), data, partitionKey,
                    stream.recordEncryptionType(), target.sequencePrefix(), stream.retentionCutoffMillis(now));
            if (r != null) {
                return new Appended(target.id(), r);
            }
            synchronized (stream) {
                target = route(stream, hashKey);
            }
        }
    }

    private record Appended(String shardId, StoredRecord record) {
    }

    /**
     * Data must fit the stream's maximum record size (1 MiB unless raised), reported as AWS's shape check
     * reports it; data plus partition key must fit as well.
     */
    private static void checkRecordSize(KinesisStream stream, byte[] data, int keyBytes, Integer index) {
        long max = stream.maxRecordSizeKiB() * 1024L;
        if (data.length > max) {
            String member = index == null ? "data" : "records." + (index + 1) + ".member.data";
            throw io.kinesisharness.internal.dispatch.Validator.exception(java.util.List.of("Value 'java.nio."
                    + "HeapByteBuffer[pos=0 lim=" + data.length + " cap=" + data.length + "]' at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max));
        }
        long size = data.length + (long) keyBytes;
        if (size > max) {
            String where = index == null ? "" : " at index " + index;
            throw KinesisErrors.INVALID_ARGUMENT.exception("Record size" + where + " (" + size + " bytes, data plus "
                    + "partition key) exceeds the maximum record size of " + max + " bytes for stream "
                    + stream.name() + ".");
        }
    }
}
