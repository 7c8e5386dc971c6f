package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.PageTokens;
import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.ChannelArnRequest;
import io.kinesisharness.internal.kinesis.api.ChannelDescriptionResponse;
import io.kinesisharness.internal.kinesis.api.ChannelLoggingConfiguration;
import io.kinesisharness.internal.kinesis.api.ChannelStreamConfiguration;
import io.kinesisharness.internal.kinesis.api.ChannelStreamDescription;
import io.kinesisharness.internal.kinesis.api.ChannelSummary;
import io.kinesisharness.internal.kinesis.api.CloudWatchLogs;
import io.kinesisharness.internal.kinesis.api.CreateChannelRequest;
import io.kinesisharness.internal.kinesis.api.DeadLetterQueueS3Configuration;
import io.kinesisharness.internal.kinesis.api.ListChannelsRequest;
import io.kinesisharness.internal.kinesis.api.ListChannelsResponse;
import io.kinesisharness.internal.kinesis.api.S3DestinationConfiguration;
import io.kinesisharness.internal.kinesis.api.S3TablesDestinationConfiguration;
import io.kinesisharness.internal.kinesis.api.StreamFilter;
import io.kinesisharness.internal.kinesis.api.UpdateChannelRequest;
import io.kinesisharness.internal.kinesis.model.KinesisChannel;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisRegion;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** CreateChannel, DescribeChannel, ListChannels, UpdateChannel and DeleteChannel. */
public final class ChannelOperations {

    private static final int DEFAULT_FRESHNESS_SECONDS = 300;
    private static final int PAGE = 100;

    private final KinesisEngine engine;

    public ChannelOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public ChannelDescriptionResponse createChannel(RequestContext ctx, CreateChannelRequest in) {
        long now = engine.now();
        Scope scope = ctx.scope();
        if ((in.s3DestinationConfiguration() == null) == (in.s3TablesDestinationConfiguration() == null)) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("You must specify either S3DestinationConfiguration or "
                    + "S3TablesDestinationConfiguration, but not both.");
        }
        List<ChannelStreamDescription> sources = new ArrayList<>();
        for (ChannelStreamConfiguration c : in.streamConfigurationList()) {
            KinesisStream stream = engine.stream(scope, null, c.streamArn(), now);
            if (!"ON_DEMAND".equals(stream.mode())) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Channels are only supported for streams in ON_DEMAND "
                        + "mode. Stream " + stream.name() + " under account " + stream.scope().accountId()
                        + " is in " + stream.mode() + " mode.");
            }
            sources.add(new ChannelStreamDescription(stream.arn(), Instant.ofEpochMilli(stream.createdMillis()),
                    c.recordConfiguration()));
        }
        if (in.tags() != null) {
            List<String> texts = new ArrayList<>(in.tags().keySet());
            texts.addAll(in.tags().values());
            TagRules.checkCharacters(texts, "add tags to", in.channelName(), scope.accountId());
        }
        KinesisRegion region = engine.region(scope);
        synchronized (region.account()) {
            if (live(region, in.channelName(), now) != null) {
                throw KinesisErrors.RESOURCE_IN_USE.exception("Channel " + in.channelName() + " under account "
                        + scope.accountId() + " already exists.");
            }
            if (liveChannels(engine, region, now).size() >= AccountOperations.CHANNEL_LIMIT) {
                throw KinesisErrors.LIMIT_EXCEEDED.exception("This request would exceed the channel limit for the account "
                        + scope.accountId() + " in " + scope.region() + ". Limit: " + AccountOperations.CHANNEL_LIMIT
                        + ".");
            }
            KinesisChannel channel = new KinesisChannel(in.channelName(),
                    scope.arn("kinesis", "channel/" + in.channelName()), now, now + engine.createDelay().toMillis(),
                    in.serviceExecutionRoleArn(), sources, withDefaults(in.s3DestinationConfiguration()),
                    withDefaults(in.s3TablesDestinationConfiguration()), in.encryptionConfiguration(),
                    in.loggingConfiguration() != null ? in.loggingConfiguration()
                            : new ChannelLoggingConfiguration(new CloudWatchLogs(false, null, null)));
            if (in.tags() != null && !channel.tags().putAll(in.tags())) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("A channel cannot have more than "
                        + ResourceTags.MAX_TAGS + " tags.");
            }
            region.account().channels().put(channel.name(), channel);
            return new ChannelDescriptionResponse(channel.describe(now));
        }
    }

    public ChannelDescriptionResponse describeChannel(RequestContext ctx, ChannelArnRequest in) {
        long now = engine.now();
        return new ChannelDescriptionResponse(channel(ctx.scope(), in.channelArn(), now).describe(now));
    }

    public Empty deleteChannel(RequestContext ctx, ChannelArnRequest in) {
        long now = engine.now();
        KinesisChannel channel = channel(ctx.scope(), in.channelArn(), now);
        if (!"DELETING".equals(channel.status(now))) {
            channel.markDeleting(now, now + engine.deleteDelay().toMillis());
        }
        return Empty.INSTANCE;
    }

    public ChannelDescriptionResponse updateChannel(RequestContext ctx, UpdateChannelRequest in) {
        long now = engine.now();
        KinesisChannel channel = channel(ctx.scope(), in.channelArn(), now);
        String status = channel.status(now);
        if (!"ACTIVE".equals(status)) {
            throw KinesisErrors.RESOURCE_IN_USE.exception("Channel " + channel.name() + " under account "
                    + ctx.scope().accountId() + " not ACTIVE, instead in state " + status);
        }
        if (channel.deliversToS3() ? in.s3TablesDestinationConfiguration() != null
                : in.s3DestinationConfiguration() != null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("The destination configuration to update does not match the "
                    + "destination type of channel " + channel.name() + ".");
        }
        Integer freshness = in.s3DestinationConfiguration() != null
                ? in.s3DestinationConfiguration().dataFreshnessInSeconds()
                : in.s3TablesDestinationConfiguration() != null
                        ? in.s3TablesDestinationConfiguration().dataFreshnessInSeconds() : null;
        channel.update(freshness, in.loggingConfiguration(), now + engine.updateDelay().toMillis());
        return new ChannelDescriptionResponse(channel.describe(now));
    }

    public ListChannelsResponse listChannels(RequestContext ctx, ListChannelsRequest in) {
        long now = engine.now();
        String after = null;
        if (in.nextToken() != null) {
            String[] parts = PageTokens.decode(in.nextToken());
            if (parts == null || parts.length != 2) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid NextToken.");
            }
            if (Long.parseLong(parts[0]) + PageTokens.LIFETIME_MILLIS < now) {
                throw KinesisErrors.EXPIRED_NEXT_TOKEN.exception("The requested token has expired.");
            }
            after = parts[1];
        }
        int max = Math.min(in.maxResults() == null ? PAGE : in.maxResults(), PAGE);
        List<KinesisChannel> channels = liveChannels(engine, engine.region(ctx.scope()), now);
        channels.sort(Comparator.comparing(c -> c.name()));
        List<ChannelSummary> page = new ArrayList<>();
        String token = null;
        for (KinesisChannel c : channels) {
            if ((after != null && c.name().compareTo(after) <= 0) || !matches(c, in.streamFilter())) {
                continue;
            }
            if (page.size() == max) {
                token = PageTokens.encode(now, page.get(page.size() - 1).channelName());
                break;
            }
            page.add(c.summary(now));
        }
        return new ListChannelsResponse(page, token);
    }

    /** Channels of the account that exist now (finished deletions are dropped on the way). */
    public static List<KinesisChannel> liveChannels(KinesisEngine engine, KinesisRegion region, long now) {
        List<KinesisChannel> live = new ArrayList<>();
        for (KinesisChannel c : region.account().channels().values()) {
            if (c.isGone(now)) {
                region.account().channels().remove(c.name(), c);
            } else {
                live.add(c);
            }
        }
        return live;
    }

    /** How many channels read a stream, for DescribeStreamSummary's ChannelCount. */
    public static int channelCount(KinesisEngine engine, KinesisStream stream, long now) {
        int n = 0;
        for (KinesisChannel c : liveChannels(engine, engine.region(stream.scope()), now)) {
            if (c.reads(stream)) {
                n++;
            }
        }
        return n;
    }

    private KinesisChannel channel(Scope caller, String arn, long now) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[5].startsWith("channel/")) {
            throw KinesisErrors.RESOURCE_NOT_FOUND.exception("Channel " + arn + " not found.");
        }
        Scope scope = new Scope(parts[4], parts[3]);
        String name = parts[5].substring("channel/".length());
        KinesisChannel channel = live(engine.region(scope), name, now);
        if (channel == null || !channel.arn().equals(arn)) {
            throw KinesisErrors.RESOURCE_NOT_FOUND.exception("Channel " + name + " under account " + scope.accountId()
                    + " not found.");
        }
        return channel;
    }

    private static KinesisChannel live(KinesisRegion region, String name, long now) {
        KinesisChannel c = region.account().channels().get(name);
        if (c != null && c.isGone(now)) {
            region.account().channels().remove(name, c);
            return null;
        }
        return c;
    }

    private static boolean matches(KinesisChannel c, List<StreamFilter> filters) {
        if (filters == null) {
            return true;
        }
        return filters.stream().anyMatch(f -> c.streams().stream().anyMatch(s -> s.streamArn().equals(f.streamArn())
                && (f.streamCreationTimestamp() == null
                        || f.streamCreationTimestamp().equals(s.streamCreationTimestamp()))));
    }

    /** AWS reports the delivery interval (300 s unless set) and a dead-letter queue even when not given. */
    private static S3DestinationConfiguration withDefaults(S3DestinationConfiguration c) {
        if (c == null) {
            return null;
        }
        DeadLetterQueueS3Configuration dlq = c.deadLetterQueueS3Configuration() != null
                ? c.deadLetterQueueS3Configuration()
                : new DeadLetterQueueS3Configuration(c.storageConfiguration() == null ? null
                        : c.storageConfiguration().bucketArn(), null, null);
        return new S3DestinationConfiguration(freshness(c.dataFreshnessInSeconds()), dlq, c.storageConfiguration());
    }

    private static S3TablesDestinationConfiguration withDefaults(S3TablesDestinationConfiguration c) {
        return c == null ? null : new S3TablesDestinationConfiguration(freshness(c.dataFreshnessInSeconds()),
                c.deadLetterQueueS3Configuration(), c.s3TablesConfigurationList());
    }

    private static int freshness(Integer seconds) {
        return seconds == null ? DEFAULT_FRESHNESS_SECONDS : seconds;
    }
}
