package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.PageTokens;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.Consumer;
import io.kinesisharness.internal.kinesis.api.ConsumerTarget;
import io.kinesisharness.internal.kinesis.api.DescribeStreamConsumerResponse;
import io.kinesisharness.internal.kinesis.api.ListStreamConsumersRequest;
import io.kinesisharness.internal.kinesis.api.ListStreamConsumersResponse;
import io.kinesisharness.internal.kinesis.api.RegisterStreamConsumerRequest;
import io.kinesisharness.internal.kinesis.api.RegisterStreamConsumerResponse;
import io.kinesisharness.internal.kinesis.model.ConsumerArn;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisRegion;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamConsumer;
import io.kinesisharness.internal.kinesis.model.StreamStatus;
import io.kinesisharness.settings.KinesisSettings;
import java.util.ArrayList;
import java.util.List;

/** RegisterStreamConsumer, DeregisterStreamConsumer, DescribeStreamConsumer and ListStreamConsumers. */
public final class ConsumerOperations {

    /** AWS lets no more than five consumers of an account be CREATING at once. */
    static final int MAX_CREATING = 5;
    private static final int DEFAULT_PAGE = 100;

    private final KinesisEngine engine;

    public ConsumerOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public RegisterStreamConsumerResponse register(RequestContext ctx, RegisterStreamConsumerRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), null, in.streamArn(), now);
        StreamStatus status = stream.status(now);
        if (status != StreamStatus.ACTIVE && status != StreamStatus.UPDATING) {
            throw KinesisErrors.streamNotActive(stream.name(), stream.scope(), status);
        }
        long activeAt = now + engine.config().get(KinesisSettings.REGISTER_CONSUMER_DELAY).toMillis();
        KinesisRegion region = engine.region(stream.scope());
        synchronized (region) {
            int creating = 0;
            for (KinesisStream s : region.streams(now)) {
                creating += s.consumers().creatingCount(now);
            }
            if (creating >= MAX_CREATING) {
                throw KinesisErrors.LIMIT_EXCEEDED.exception("Account " + stream.scope().accountId() + " already has "
                        + MAX_CREATING + " consumers in CREATING status; wait until one is ACTIVE.");
            }
            StreamConsumer c = stream.consumers().register(stream, in.consumerName(), now, activeAt);
            return new RegisterStreamConsumerResponse(c.describe(now));
        }
    }

    public Empty deregister(RequestContext ctx, ConsumerTarget in) {
        long now = engine.now();
        StreamConsumer c = consumer(ctx.scope(), in, now);
        if (!c.status(now).equals("ACTIVE")) {
            throw notActive(c);
        }
        c.markDeleting(now, now + engine.config().get(KinesisSettings.DEREGISTER_CONSUMER_DELAY).toMillis(),
                notFound(c.arn(), c.stream().scope()));
        return Empty.INSTANCE;
    }

    public DescribeStreamConsumerResponse describe(RequestContext ctx, ConsumerTarget in) {
        long now = engine.now();
        return new DescribeStreamConsumerResponse(consumer(ctx.scope(), in, now).describeFully(now));
    }

    public ListStreamConsumersResponse list(RequestContext ctx, ListStreamConsumersRequest in) {
        long now = engine.now();
        long after = 0;
        String incarnation = null;
        if (in.nextToken() != null) {
            if (in.streamCreationTimestamp() != null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception(
                        "NextToken and StreamCreationTimestamp cannot be provided together.");
            }
            String[] parts = PageTokens.decode(in.nextToken());
            // issue time, stream ARN, stream incarnation, registration number of the last consumer listed
            if (parts == null || parts.length != 4 || !parts[1].equals(in.streamArn())) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid NextToken.");
            }
            if (Long.parseLong(parts[0]) + PageTokens.LIFETIME_MILLIS < now) {
                throw KinesisErrors.EXPIRED_NEXT_TOKEN.exception("The requested token has expired.");
            }
            incarnation = parts[2];
            after = Long.parseLong(parts[3]);
        }
        KinesisStream stream = engine.stream(ctx.scope(), null, in.streamArn(), now);
        boolean otherIncarnation = (in.streamCreationTimestamp() != null
                && in.streamCreationTimestamp().toEpochMilli() != stream.createdMillis())
                || (incarnation != null && !incarnation.equals(Long.toString(stream.incarnation())));
        if (otherIncarnation) {
            throw KinesisEngine.notFound(stream.name(), stream.scope());
        }
        int max = Math.min(in.maxResults() == null ? DEFAULT_PAGE : in.maxResults(), DEFAULT_PAGE);
        List<Consumer> page = new ArrayList<>();
        long last = after;
        boolean more = false;
        // By registration number, so a consumer that goes away between pages moves no one else.
        for (StreamConsumer c : stream.consumers().list(now)) {
            if (c.registration() <= after) {
                continue;
            }
            if (page.size() == max) {
                more = true;
                break;
            }
            page.add(c.describe(now));
            last = c.registration();
        }
        String token = more ? PageTokens.encode(now, stream.arn(), Long.toString(stream.incarnation()),
                Long.toString(last)) : null;
        return new ListStreamConsumersResponse(page, token);
    }

    /**
     * The consumer a request names by ARN, or by stream ARN and name, in any status but gone. A consumer ARN
     * of an earlier consumer of the same name names nothing.
     */
    public StreamConsumer consumer(Scope caller, ConsumerTarget in, long now) {
        if (in.consumerArn() != null) {
            ConsumerArn arn = ConsumerArn.parse(in.consumerArn());
            if ((in.consumerName() != null && !in.consumerName().equals(arn.consumerName()))
                    || (in.streamArn() != null && !in.consumerArn().startsWith(in.streamArn() + "/consumer/"))) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("ConsumerARN " + in.consumerArn()
                        + " does not match the StreamARN and ConsumerName given with it.");
            }
            return byArn(in.consumerArn(), now);
        }
        if (in.streamArn() == null || in.consumerName() == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception(
                    "Either ConsumerARN or both StreamARN and ConsumerName must be provided.");
        }
        KinesisStream stream = engine.stream(caller, null, in.streamArn(), now);
        StreamConsumer c = stream.consumers().find(in.consumerName(), now);
        if (c == null) {
            throw notFound(in.consumerName(), stream.scope());
        }
        return c;
    }

    /** The consumer with exactly this ARN; ResourceNotFound when its stream or it is gone. */
    public StreamConsumer byArn(String consumerArn, long now) {
        ConsumerArn arn = ConsumerArn.parse(consumerArn);
        KinesisStream stream = engine.find(new KinesisEngine.StreamRef(arn.scope(), arn.streamName()), now);
        StreamConsumer c = stream == null ? null : stream.consumers().find(arn.consumerName(), now);
        if (c == null || !c.arn().equals(consumerArn)) {
            throw notFound(consumerArn, arn.scope());
        }
        return c;
    }

    public static RuntimeException notFound(String consumer, Scope scope) {
        return KinesisErrors.RESOURCE_NOT_FOUND.exception("Consumer " + consumer + ", account " + scope.accountId()
                + " not found.");
    }

    /** AWS's wording as users have reported it (a consumer used before it became ACTIVE). */
    public static RuntimeException notActive(StreamConsumer c) {
        return KinesisErrors.RESOURCE_IN_USE.exception("Consumer " + c.name() + " with creation timestamp "
                + c.arnSeconds() + " under stream " + c.stream().name() + " and account "
                + c.stream().scope().accountId() + " is not in ACTIVE status.");
    }
}
