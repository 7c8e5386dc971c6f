package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.PageTokens;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.DescribeStreamRequest;
import io.kinesisharness.internal.kinesis.api.DescribeStreamResponse;
import io.kinesisharness.internal.kinesis.api.DescribeStreamSummaryRequest;
import io.kinesisharness.internal.kinesis.api.DescribeStreamSummaryResponse;
import io.kinesisharness.internal.kinesis.api.EnhancedMetrics;
import io.kinesisharness.internal.kinesis.api.ListStreamsRequest;
import io.kinesisharness.internal.kinesis.api.ListStreamsResponse;
import io.kinesisharness.internal.kinesis.api.Shard;
import io.kinesisharness.internal.kinesis.api.StreamDescription;
import io.kinesisharness.internal.kinesis.api.StreamDescriptionSummary;
import io.kinesisharness.internal.kinesis.api.StreamModeDetails;
import io.kinesisharness.internal.kinesis.api.StreamSummary;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.model.StreamStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** DescribeStream, DescribeStreamSummary and ListStreams. */
public final class DescribeOperations {

    private static final int DEFAULT_SHARD_PAGE = 100;
    private static final int DEFAULT_STREAM_PAGE = 100;

    private final KinesisEngine engine;

    public DescribeOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public DescribeStreamResponse describeStream(RequestContext ctx, DescribeStreamRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), in, now);
        int limit = Math.min(in.limit() == null ? DEFAULT_SHARD_PAGE : in.limit(), DEFAULT_SHARD_PAGE);
        StreamStatus status = stream.status(now);
        // AWS lists no shards while a stream is being created or deleted.
        boolean listShards = status != StreamStatus.CREATING && status != StreamStatus.DELETING;
        int after = -1;
        if (in.exclusiveStartShardId() != null) {
            after = StreamShard.indexOf(in.exclusiveStartShardId());
        }
        List<Shard> page = new ArrayList<>();
        boolean more = false;
        for (StreamShard s : listShards ? stream.allShards() : java.util.List.<StreamShard>of()) {
            if (s.index() <= after || stream.isExpired(s, now)) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(s.describe());
        }
        return new DescribeStreamResponse(new StreamDescription(stream.name(), stream.arn(),
                status.name(), new StreamModeDetails(stream.mode()), page, more,
                stream.retentionHours(), Instant.ofEpochMilli(stream.createdMillis()), enhancedMonitoring(stream),
                stream.encryptionType(), stream.keyId()));
    }

    public DescribeStreamSummaryResponse describeStreamSummary(RequestContext ctx, DescribeStreamSummaryRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), in, now);
        return new DescribeStreamSummaryResponse(new StreamDescriptionSummary(stream.name(), stream.arn(),
                stream.status(now).name(), new StreamModeDetails(stream.mode()), stream.retentionHours(),
                Instant.ofEpochMilli(stream.createdMillis()), enhancedMonitoring(stream), stream.encryptionType(),
                stream.keyId(), stream.openShards().size(), stream.consumers().count(now), stream.maxRecordSizeKiB(),
                StreamSettingsOperations.warmThroughput(stream), ChannelOperations.channelCount(engine, stream, now),
                stream.attributes().recordDistributionStrategy()));
    }

    public ListStreamsResponse listStreams(RequestContext ctx, ListStreamsRequest in) {
        long now = engine.now();
        String after = in.exclusiveStartStreamName();
        if (in.nextToken() != null) {
            if (after != null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception(
                        "ExclusiveStartStreamName and NextToken cannot be provided together.");
            }
            String[] parts = PageTokens.decode(in.nextToken());
            if (parts == null || parts.length != 2) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid NextToken.");
            }
            if (Long.parseLong(parts[0]) + PageTokens.LIFETIME_MILLIS < now) {
                throw KinesisErrors.EXPIRED_NEXT_TOKEN.exception("The requested token has expired.");
            }
            after = parts[1];
        }
        int limit = Math.min(in.limit() == null ? DEFAULT_STREAM_PAGE : in.limit(), DEFAULT_STREAM_PAGE);
        List<KinesisStream> streams = new ArrayList<>(engine.region(ctx.scope()).streams(now));
        streams.sort(Comparator.comparing(KinesisStream::name));
        List<String> names = new ArrayList<>();
        List<StreamSummary> summaries = new ArrayList<>();
        boolean more = false;
        for (KinesisStream s : streams) {
            if (after != null && s.name().compareTo(after) <= 0) {
                continue;
            }
            if (names.size() == limit) {
                more = true;
                break;
            }
            names.add(s.name());
            summaries.add(new StreamSummary(s.name(), s.arn(), s.status(now).name(),
                    new StreamModeDetails(s.mode()), Instant.ofEpochMilli(s.createdMillis())));
        }
        String token = more ? PageTokens.encode(now, names.get(names.size() - 1)) : null;
        return new ListStreamsResponse(names, more, token, summaries);
    }

    /** AWS lists one entry even when no metric is enabled: {@code [{"ShardLevelMetrics":[]}]}. */
    private static List<EnhancedMetrics> enhancedMonitoring(KinesisStream stream) {
        return List.of(new EnhancedMetrics(stream.attributes().shardLevelMetrics()));
    }
}
