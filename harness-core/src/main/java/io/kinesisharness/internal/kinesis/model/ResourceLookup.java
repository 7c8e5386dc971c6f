package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds what a ResourceARN names for the tagging and resource-policy operations. Streams are built in; other
 * kinds (stream consumers) register a {@link Resolver}, so those operations serve them without change.
 */
public final class ResourceLookup {

    /** Something tags and a resource policy attach to; {@code stream} is the stream it belongs to. */
    public record Resource(String arn, ResourceTags tags, ResourcePolicy policy, KinesisStream stream) {
    }

    /** Resolves the ARNs of one kind of resource; returns null for ARNs of other kinds. */
    interface Resolver {
        Resource resolve(Scope caller, String arn, long nowMillis);
    }

    private final KinesisEngine engine;
    private final List<Resolver> resolvers = new CopyOnWriteArrayList<>();

    public ResourceLookup(KinesisEngine engine) {
        this.engine = engine;
    }

    public void register(Resolver resolver) {
        resolvers.add(resolver);
    }

    /** The resource an ARN names; ResourceNotFoundException when it does not exist. */
    public Resource find(Scope caller, String arn, long nowMillis) {
        for (Resolver r : resolvers) {
            Resource found = r.resolve(caller, arn, nowMillis);
            if (found != null) {
                return found;
            }
        }
        if (isConsumerArn(arn)) {
            throw KinesisErrors.RESOURCE_NOT_FOUND.exception("Consumer " + arn + " under account "
                    + StreamArn.parse(arn).accountId() + " not found.");
        }
        KinesisStream stream = engine.stream(caller, null, arn, nowMillis);
        return new Resource(stream.arn(), stream.attributes().tags(), stream.attributes().policy, stream);
    }

    public static boolean isConsumerArn(String arn) {
        int stream = arn.indexOf(":stream/");
        return stream >= 0 && arn.indexOf("/consumer/", stream) > 0;
    }
}
