package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.PageTokens;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.ListShardsRequest;
import io.kinesisharness.internal.kinesis.api.ListShardsResponse;
import io.kinesisharness.internal.kinesis.api.Shard;
import io.kinesisharness.internal.kinesis.api.ShardFilter;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** ListShards: paging by NextToken or ExclusiveStartShardId, and ShardFilter. */
public final class ListShardsOperation {

    private static final int DEFAULT_MAX_RESULTS = 1000;

    private final KinesisEngine engine;

    public ListShardsOperation(KinesisEngine engine) {
        this.engine = engine;
    }

    public ListShardsResponse listShards(RequestContext ctx, ListShardsRequest in) {
        long now = engine.now();
        String streamName = in.streamName();
        String streamArn = in.streamArn();
        String exclusiveStart = in.exclusiveStartShardId();
        ShardFilter filter = in.shardFilter();
        if (in.nextToken() != null) {
            String conflict = streamName != null ? "StreamName" : streamArn != null ? "StreamARN"
                    : exclusiveStart != null ? "ExclusiveStartShardId" : filter != null ? "ShardFilter"
                    : in.streamCreationTimestamp() != null ? "StreamCreationTimestamp" : null;
            if (conflict != null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("NextToken and " + conflict + " cannot be provided together.");
            }
            String[] parts = PageTokens.decode(in.nextToken());
            // issue time, stream ARN, last shard listed, filter type, filter shard id, filter timestamp
            if (parts == null || parts.length != 6) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid NextToken.");
            }
            if (Long.parseLong(parts[0]) + PageTokens.LIFETIME_MILLIS < now) {
                throw KinesisErrors.EXPIRED_NEXT_TOKEN.exception("The requested token has expired.");
            }
            streamArn = parts[1];
            exclusiveStart = parts[2].isEmpty() ? null : parts[2];
            filter = parts[3].isEmpty() ? null : new ShardFilter(parts[3], parts[4].isEmpty() ? null : parts[4],
                    parts[5].isEmpty() ? null : java.time.Instant.ofEpochMilli(Long.parseLong(parts[5])));
        } else {
            if (streamName == null && streamArn == null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Either NextToken or StreamName should be provided.");
            }
            // Only the caller's own parameters can clash; a token carries its filter and position together.
            if (filter != null && exclusiveStart != null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception(
                        "Request cannot contain both ExclusiveStartShardId and ShardFilter parameters.");
            }
        }
        KinesisStream stream = engine.stream(ctx.scope(), streamName, streamArn, now);
        int max = Math.min(in.maxResults() == null ? DEFAULT_MAX_RESULTS : in.maxResults(), DEFAULT_MAX_RESULTS);
        int after = exclusiveStart == null ? -1 : StreamShard.indexOf(exclusiveStart);
        Predicate<StreamShard> included = filter == null ? s -> true : filterPredicate(stream, filter, now);
        if (filter != null && "AFTER_SHARD_ID".equals(filter.type())) {
            after = StreamShard.indexOf(filter.shardId());
        }
        List<Shard> shards = new ArrayList<>();
        StreamShard last = null;
        boolean more = false;
        for (StreamShard s : stream.allShards()) {
            if (s.index() <= after || stream.isExpired(s, now) || !included.test(s)) {
                continue;
            }
            if (shards.size() == max) {
                more = true;
                break;
            }
            shards.add(s.describe());
            last = s;
        }
        String token = null;
        if (more) {
            ShardFilter kept = filter != null && "AFTER_SHARD_ID".equals(filter.type()) ? null : filter;
            token = PageTokens.encode(now, stream.arn(), last.id(), kept == null ? "" : kept.type(),
                    kept == null || kept.shardId() == null ? "" : kept.shardId(),
                    kept == null || kept.timestamp() == null ? "" : Long.toString(kept.timestamp().toEpochMilli()));
        }
        return new ListShardsResponse(shards, token);
    }

    /** Which shards a ShardFilter keeps, judged by when each shard was open. */
    private static Predicate<StreamShard> filterPredicate(KinesisStream stream, ShardFilter filter, long now) {
        String type = filter.type();
        if (type.equals("AFTER_SHARD_ID")) {
            if (filter.shardId() == null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("ShardId must be specified for the AFTER_SHARD_ID filter.");
            }
            return s -> true;
        }
        boolean byTimestamp = type.equals("AT_TIMESTAMP") || type.equals("FROM_TIMESTAMP");
        if (byTimestamp && filter.timestamp() == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Timestamp must be specified for the " + type + " filter.");
        }
        if (!byTimestamp && filter.timestamp() != null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Timestamp cannot be specified for the " + type + " filter.");
        }
        long trimHorizon = stream.retentionCutoffMillis(now);
        return switch (type) {
            case "AT_LATEST" -> StreamShard::isOpen;
            case "AT_TRIM_HORIZON" -> s -> openAt(stream, s, Math.max(trimHorizon, stream.createdMillis()));
            case "FROM_TRIM_HORIZON" -> s -> s.isOpen() || s.closedMillis() >= trimHorizon;
            case "AT_TIMESTAMP" -> s -> openAt(stream, s, Math.max(filter.timestamp().toEpochMilli(),
                    stream.createdMillis()));
            case "FROM_TIMESTAMP" -> s -> s.isOpen() || s.closedMillis() > filter.timestamp().toEpochMilli();
            default -> throw new IllegalStateException(type);
        };
    }

    private static boolean openAt(KinesisStream stream, StreamShard s, long millis) {
        return s.createdMillis() <= millis && (s.isOpen() || s.closedMillis() > millis);
    }
}
