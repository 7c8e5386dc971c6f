package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequestEntry;
import io.kinesisharness.internal.kinesis.api.PutRecordsResponse;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamArn;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.model.StreamStatus;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.kinesis.store.ShardLog;
import io.kinesisharness.internal.kinesis.store.StoredRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinesis's {@link KinesisSource}: readers that walk shard logs directly (no iterators, no throttling), starting at
 * each open shard's tip (or the trim horizon) and moving to a closed shard's children once it and its adjacent parent are read to the end.
 */
public final class SourceReaders implements KinesisSource {

    private final KinesisEngine engine;
    private final WriteOperations writes;

    public SourceReaders(KinesisEngine engine) {
        this.engine = engine;
        this.writes = new WriteOperations(engine);
    }

    @Override
    public StreamReader readFromTip(String streamArn) {
        return new Reader(activeStream(streamArn), false);
    }

    @Override
    public StreamReader readFromTrimHorizon(String streamArn) {
        return new Reader(activeStream(streamArn), true);
    }

    @Override
    public List<OutgoingRecord> put(String streamArn, List<OutgoingRecord> records) {
        KinesisStream stream = activeStream(streamArn);
        List<PutRecordsRequestEntry> entries = new ArrayList<>(records.size());
        for (OutgoingRecord r : records) {
            entries.add(new PutRecordsRequestEntry(r.data(), null, r.partitionKey()));
        }
        RequestContext ctx = new RequestContext(stream.scope(), WireFormat.JSON, "PutRecords", null);
        List<OutgoingRecord> refused = new ArrayList<>();
        for (int from = 0, to; from < entries.size(); from = to) {
            // PutRecords' limits: 500 records and 5 MiB (data and keys) a call.
            long bytes = 0;
            for (to = from; to < entries.size() && to - from < 500; to++) {
                bytes += records.get(to).data().length + records.get(to).partitionKey().length();
                if (bytes > 5L * 1024 * 1024 && to > from) {
                    break;
                }
            }
            List<PutRecordsRequestEntry> batch = entries.subList(from, to);
            PutRecordsResponse r = writes.putRecords(ctx, new PutRecordsRequest(batch, stream.name(), null, null,
                    null));
            for (int i = 0; r.failedRecordCount() > 0 && i < r.records().size(); i++) {
                if (r.records().get(i).errorCode() != null) {
                    refused.add(records.get(from + i));
                }
            }
        }
        return refused;
    }

    private KinesisStream activeStream(String streamArn) {
        StreamArn arn;
        try {
            arn = StreamArn.parse(streamArn);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a Kinesis stream ARN: " + streamArn);
        }
        long now = engine.now();
        KinesisStream stream = engine.region(new Scope(arn.accountId(), arn.region())).find(arn.name(), now);
        if (stream == null || stream.status(now) == StreamStatus.CREATING
                || stream.status(now) == StreamStatus.DELETING) {
            throw new IllegalArgumentException("Kinesis stream " + streamArn + " does not exist or is not ACTIVE");
        }
        return stream;
    }

    private final class Reader implements StreamReader {
        private final KinesisStream stream;
        /** The next ordinal to read, per shard being read, in shard order. */
        private final Map<StreamShard, Long> positions = new LinkedHashMap<>();
        /** Shards read to their end after closing; their children may start. */
        private final Set<String> finished = new HashSet<>();
        private boolean ended;

        Reader(KinesisStream stream, boolean trimHorizon) {
            this.stream = stream;
            if (trimHorizon) {
                // From the oldest record: shards without a parent still kept start, the others follow their parents.
                long cutoff = stream.retentionCutoffMillis(engine.now());
                java.util.Set<String> ids = new HashSet<>();
                for (StreamShard s : stream.allShards()) {
                    ids.add(s.id());
                }
                for (StreamShard s : stream.allShards()) {
                    boolean root = s.parentShardId() == null || !ids.contains(s.parentShardId());
                    if (root) {
                        positions.put(s, s.log().trimHorizonOrdinal(cutoff));
                    }
                }
                return;
            }
            for (StreamShard s : stream.allShards()) {
                if (s.isOpen()) {
                    positions.put(s, s.log().nextOrdinal());
                } else {
                    finished.add(s.id());
                }
            }
        }

        @Override
        public List<SourceRecord> poll(int maxRecords) {
            List<SourceRecord> out = new ArrayList<>();
            long now = engine.now();
            KinesisStream current = engine.region(stream.scope()).find(stream.name(), now);
            if (current != stream) {
                ended = true;
                return out;
            }
            long cutoff = stream.retentionCutoffMillis(now);
            boolean progressed = true;
            while (progressed && out.size() < maxRecords) {
                progressed = false;
                for (Map.Entry<StreamShard, Long> e : new ArrayList<>(positions.entrySet())) {
                    StreamShard shard = e.getKey();
                    boolean closed = !shard.isOpen();
                    ShardLog.Page page = shard.log().read(e.getValue(), maxRecords - out.size(), Long.MAX_VALUE,
                            cutoff);
                    try {
                        for (StoredRecord r : page.records()) {
                            out.add(new SourceRecord(shard.id(), r.partitionKey(), r.sequenceNumber(),
                                    r.arrivalMillis(), r.data()));
                        }
                    } finally {
                        page.release();
                    }
                    positions.put(shard, page.nextOrdinal());
                    if (closed && page.nextOrdinal() >= shard.log().nextOrdinal()) {
                        positions.remove(shard);
                        finished.add(shard.id());
                        progressed |= startChildren();
                    }
                    if (out.size() >= maxRecords) {
                        break;
                    }
                }
            }
            return out;
        }

        /** Starts reading every shard whose parents have all been read to their end. */
        private boolean startChildren() {
            boolean started = false;
            long cutoff = stream.retentionCutoffMillis(engine.now());
            for (StreamShard s : stream.allShards()) {
                if (positions.containsKey(s) || finished.contains(s.id()) || s.parentShardId() == null) {
                    continue;
                }
                boolean parentsDone = finished.contains(s.parentShardId())
                        && (s.adjacentParentShardId() == null || finished.contains(s.adjacentParentShardId()));
                if (parentsDone) {
                    positions.put(s, s.log().trimHorizonOrdinal(cutoff));
                    started = true;
                }
            }
            return started;
        }

        @Override
        public boolean ended() {
            return ended;
        }
    }
}
