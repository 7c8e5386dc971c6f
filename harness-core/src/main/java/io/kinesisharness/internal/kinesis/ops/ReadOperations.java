package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.ChildShard;
import io.kinesisharness.internal.kinesis.api.GetRecordsRequest;
import io.kinesisharness.internal.kinesis.api.GetRecordsResponse;
import io.kinesisharness.internal.kinesis.api.GetShardIteratorRequest;
import io.kinesisharness.internal.kinesis.api.GetShardIteratorResponse;
import io.kinesisharness.internal.kinesis.api.HashKeyRange;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.ShardIterators;
import io.kinesisharness.internal.kinesis.model.StartingPositions;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.model.StreamStatus;
import io.kinesisharness.internal.kinesis.store.ShardLog;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** GetShardIterator and GetRecords. */
public final class ReadOperations {

    static final long ITERATOR_LIFETIME_MILLIS = 300_000;
    private static final int DEFAULT_LIMIT = 10_000;
    private static final long MAX_BYTES_PER_CALL = 10L * 1024 * 1024;

    private final KinesisEngine engine;

    public ReadOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public GetShardIteratorResponse getShardIterator(RequestContext ctx, GetShardIteratorRequest in) {
        long now = engine.now();
        KinesisEngine.StreamRef ref = engine.ref(ctx.scope(), in.streamName(), in.streamArn());
        int index = StreamShard.indexOf(in.shardId());
        if (index < 0) {
            throw KinesisErrors.couldNotFindShard(in.shardId(), ref.name(), ref.scope());
        }
        // AWS reports a missing stream here as a missing shard, as it does for a shard of a CREATING stream.
        KinesisStream stream = engine.find(ref, now);
        StreamShard shard = stream == null || stream.status(now) == StreamStatus.CREATING ? null
                : stream.shard(index);
        if (shard == null) {
            throw KinesisErrors.shardDoesNotExist(StreamShard.idOf(index), ref.name(), ref.scope());
        }
        if (!Boolean.TRUE.equals(in.dryRun())) {
            // AWS keeps dry runs off the shard's own limits.
            engine.throttling().admitIterator(stream, shard, now);
        }
        String type = in.shardIteratorType();
        boolean bySequence = type.equals("AT_SEQUENCE_NUMBER") || type.equals("AFTER_SEQUENCE_NUMBER");
        if (bySequence != (in.startingSequenceNumber() != null) && !type.equals("AT_TIMESTAMP")) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Must either specify (1) AT_SEQUENCE_NUMBER or "
                    + "AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no "
                    + "StartingSequenceNumber. Request specified " + type
                    + (bySequence ? " and no StartingSequenceNumber." : " and also a StartingSequenceNumber."));
        }
        if (type.equals("AT_TIMESTAMP") && in.timestamp() == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Must specify timestampInMillis parameter for iterator of "
                    + "type AT_TIMESTAMP. Current request has no timestamp parameter.");
        }
        long ordinal = StartingPositions.ordinal(stream, shard, type, in.startingSequenceNumber(), in.timestamp(), now,
                "GetShardIterator");
        DryRun.stopIfSet(in.dryRun());
        return new GetShardIteratorResponse(iterator(stream, shard, ordinal, now));
    }

    public GetRecordsResponse getRecords(RequestContext ctx, GetRecordsRequest in) {
        long now = engine.now();
        ShardIterators.Position p = ShardIterators.decode(in.shardIterator());
        Scope scope = ctx.scope();
        if (p == null || !p.accountId().equals(scope.accountId()) || !p.region().equals(scope.region())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid ShardIterator.");
        }
        if (now - p.issuedMillis() > ITERATOR_LIFETIME_MILLIS) {
            throw KinesisErrors.EXPIRED_ITERATOR.exception("Iterator expired. The iterator was created at time "
                    + ExpiryMessage.DATE_TO_STRING.format(Instant.ofEpochMilli(p.issuedMillis())) + " while right now it is "
                    + ExpiryMessage.DATE_TO_STRING.format(Instant.ofEpochMilli(now)) + " which is further in the future than the "
                    + "tolerated delay of " + ITERATOR_LIFETIME_MILLIS + " milliseconds.");
        }
        KinesisStream stream = engine.find(new KinesisEngine.StreamRef(scope, p.streamName()), now);
        StreamShard shard = stream != null && stream.incarnation() == p.incarnation() ? stream.shard(p.shardIndex())
                : null;
        if (shard == null) {
            throw KinesisErrors.shardDoesNotExist(StreamShard.idOf(p.shardIndex()), p.streamName(), scope);
        }
        DryRun.stopIfSet(in.dryRun());
        engine.throttling().admitRead(stream, shard, now);
        int limit = in.limit() == null ? DEFAULT_LIMIT : in.limit();
        ShardLog.Page page = shard.log().read(p.ordinal(), limit, MAX_BYTES_PER_CALL, stream.retentionCutoffMillis(now));
        engine.throttling().chargeRead(stream, shard, page.records(), now);
        long millisBehind = page.nextArrivalMillis() < 0 ? 0 : Math.max(0, now - page.nextArrivalMillis());
        boolean atEndOfClosedShard = !shard.isOpen() && page.nextArrivalMillis() < 0
                && page.nextOrdinal() >= shard.log().nextOrdinal();
        if (atEndOfClosedShard) {
            return new GetRecordsResponse(page.records(), null, millisBehind, childShards(stream, shard));
        }
        return new GetRecordsResponse(page.records(), iterator(stream, shard, page.nextOrdinal(), now), millisBehind,
                null);
    }

    private static String iterator(KinesisStream stream, StreamShard shard, long ordinal, long now) {
        return ShardIterators.encode(new ShardIterators.Position(stream.scope().accountId(), stream.scope().region(),
                stream.name(), stream.incarnation(), shard.index(), ordinal, now));
    }

    /** The shards that continue a closed shard (its split children or its merge child). */
    public static List<ChildShard> childShards(KinesisStream stream, StreamShard parent) {
        List<ChildShard> children = new ArrayList<>();
        for (StreamShard s : stream.allShards()) {
            if (parent.id().equals(s.parentShardId()) || parent.id().equals(s.adjacentParentShardId())) {
                List<String> parents = new ArrayList<>(2);
                parents.add(s.parentShardId());
                if (s.adjacentParentShardId() != null) {
                    parents.add(s.adjacentParentShardId());
                }
                children.add(new ChildShard(s.id(), parents,
                        new HashKeyRange(s.startingHashKey().toString(), s.endingHashKey().toString())));
            }
        }
        return children;
    }

    /** Loaded on the first expired iterator: a locale-aware formatter costs start-up time nobody needs. */
    private static final class ExpiryMessage {
        /** How java.util.Date prints, which is how AWS's iterator-expiry message prints times. */
        static final DateTimeFormatter DATE_TO_STRING =
                DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);
    }
}
