package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.errors.AwsError;
import io.kinesisharness.internal.kinesis.api.PutRecordRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordResponse;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequestEntry;
import io.kinesisharness.internal.kinesis.api.PutRecordsResponse;
import io.kinesisharness.internal.kinesis.api.PutRecordsResultEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** PutRecord and PutRecords. */
final class WriteOperations {

    private static final long PUT_RECORDS_MAX_BYTES = 5L * 1024 * 1024;

    private final KinesisEngine engine;

    WriteOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    PutRecordResponse putRecord(RequestContext ctx, PutRecordRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.readyStream(ctx.scope(), in, now);
        checkRecordSize(stream, in.data(), in.partitionKey(), null);
        HashKey hashKey = HashKeys.of(in.partitionKey(), in.explicitHashKey());
        if (in.sequenceNumberForOrdering() != null) {
            SequenceNumbers.checkExclusiveMinimum(in.sequenceNumberForOrdering(), stream, now);
        }
        StreamShard shard = stream.route(hashKey);
        StoredRecord r = append(stream, shard, in.data(), in.partitionKey(), now);
        return new PutRecordResponse(shard.id(), r.sequenceNumber(), stream.recordEncryptionType());
    }

    PutRecordsResponse putRecords(RequestContext ctx, PutRecordsRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.readyStream(ctx.scope(), in, now);
        List<PutRecordsRequestEntry> entries = in.records();
        long total = 0;
        HashKey[] keys = new HashKey[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry e = entries.get(i);
            checkRecordSize(stream, e.data(), e.partitionKey(), i);
            total += e.data().length + utf8Length(e.partitionKey());
            keys[i] = HashKeys.of(e.partitionKey(), e.explicitHashKey());
        }
        if (total > PUT_RECORDS_MAX_BYTES) {
            throw AwsError.INVALID_ARGUMENT.exception("Records size exceeds 5 MB limit");
        }
        List<PutRecordsResultEntry> results = new ArrayList<>(entries.size());
        int failed = 0;
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry e = entries.get(i);
            StreamShard shard = stream.route(keys[i]);
            if (ctx.entryFails()) {
                failed++;
                results.add(PutRecordsResultEntry.failed("ProvisionedThroughputExceededException",
                        "Rate exceeded for shard " + shard.id() + " in stream " + stream.name() + " under account "
                                + stream.scope().accountId() + "."));
                continue;
            }
            StoredRecord r = append(stream, shard, e.data(), e.partitionKey(), now);
            results.add(PutRecordsResultEntry.ok(r.sequenceNumber(), shard.id()));
        }
        return new PutRecordsResponse(failed, results, stream.recordEncryptionType());
    }

    private StoredRecord append(KinesisStream stream, StreamShard shard, byte[] data, String partitionKey, long now) {
        return shard.log.append(now, data, partitionKey, stream.recordEncryptionType(), shard.sequencePrefix(),
                stream.retentionCutoffMillis(now));
    }

    /**
     * Data must fit the stream's maximum record size (1 MiB unless raised), reported as AWS's shape check
     * reports it; data plus partition key must fit as well.
     */
    private static void checkRecordSize(KinesisStream stream, byte[] data, String partitionKey, Integer index) {
        long max = stream.maxRecordSizeKiB() * 1024L;
        if (data.length > max) {
            String member = index == null ? "data" : "records." + (index + 1) + ".member.data";
            throw io.kinesisharness.internal.dispatch.Validator.exception(java.util.List.of("Value 'java.nio."
                    + "HeapByteBuffer[pos=0 lim=" + data.length + " cap=" + data.length + "]' at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max));
        }
        long size = data.length + utf8Length(partitionKey);
        if (size > max) {
            String where = index == null ? "" : " at index " + index;
            throw AwsError.INVALID_ARGUMENT.exception("Record size" + where + " (" + size + " bytes, data plus "
                    + "partition key) exceeds the maximum record size of " + max + " bytes for stream "
                    + stream.name() + ".");
        }
    }

    private static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }
}
