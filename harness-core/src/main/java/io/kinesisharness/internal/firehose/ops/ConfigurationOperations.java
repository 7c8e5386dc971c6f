package io.kinesisharness.internal.firehose.ops;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.config.ConversionRules;
import io.kinesisharness.internal.glue.access.TableCatalog;
import java.util.function.Supplier;
import io.kinesisharness.internal.firehose.api.DeliveryStreamEncryptionConfigurationInput;
import io.kinesisharness.internal.firehose.api.ListTagsForDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.ListTagsForDeliveryStreamOutput;
import io.kinesisharness.internal.firehose.api.StartDeliveryStreamEncryptionInput;
import io.kinesisharness.internal.firehose.api.StartDeliveryStreamEncryptionOutput;
import io.kinesisharness.internal.firehose.api.StopDeliveryStreamEncryptionInput;
import io.kinesisharness.internal.firehose.api.StopDeliveryStreamEncryptionOutput;
import io.kinesisharness.internal.firehose.api.Tag;
import io.kinesisharness.internal.firehose.api.TagDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.TagDeliveryStreamOutput;
import io.kinesisharness.internal.firehose.api.UntagDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.UntagDeliveryStreamOutput;
import io.kinesisharness.internal.firehose.api.UpdateDestinationInput;
import io.kinesisharness.internal.firehose.api.UpdateDestinationOutput;
import io.kinesisharness.internal.firehose.config.Destination;
import io.kinesisharness.internal.firehose.config.Destinations;
import io.kinesisharness.internal.firehose.config.Sources;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.model.EncryptionState;
import io.kinesisharness.internal.firehose.model.FirehoseEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What changes a delivery stream after create: its destination, its tags, its encryption. */
public final class ConfigurationOperations {

    private final Supplier<TableCatalog> catalog;
    private final FirehoseEngine engine;

    public ConfigurationOperations(FirehoseEngine engine, Supplier<TableCatalog> catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    /**
     * Replaces the destination if the caller read the current version: the update merges into the destination when
     * its type stays, and the version goes up by one. Delivery picks the change up with its next batch.
     */
    public UpdateDestinationOutput updateDestination(RequestContext ctx, UpdateDestinationInput in) {
        Instant now = engine.now();
        DeliveryStream stream = active(ctx, in.deliveryStreamName(), now);
        synchronized (stream) {
            String current = String.valueOf(stream.version());
            if (!current.equals(in.currentDeliveryStreamVersionId())) {
                throw FirehoseErrors.CONCURRENT_MODIFICATION.exception("Cannot update firehose: " + stream.name()
                        + " since the current version id: " + current + " and specified version id: "
                        + in.currentDeliveryStreamVersionId() + " do not match");
            }
            if (!DeliveryStream.DESTINATION_ID.equals(in.destinationId())) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception("Destination Id " + in.destinationId()
                        + " not found");
            }
            Destination before = new Destination(Destinations.kindOf(stream.destination()), stream.destination(),
                    stream.secrets());
            Destination after = Destinations.fromUpdate(before, in, now, engine.httpsOnly());
            ConversionRules.checkTable(after.description(), catalog);
            stream.update(after.description(), after.secrets(), now);
        }
        return new UpdateDestinationOutput();
    }

    public TagDeliveryStreamOutput tag(RequestContext ctx, TagDeliveryStreamInput in) {
        DeliveryStream stream = engine.streams().get(ctx.scope(), in.deliveryStreamName(), engine.now());
        if (!stream.tags().putAll(StreamOperations.tagMap(in.tags()))) {
            throw FirehoseErrors.LIMIT_EXCEEDED.exception("Firehose " + stream.name() + " under account "
                    + stream.scope().accountId() + " can have at most " + ResourceTags.MAX_TAGS + " tags.");
        }
        return new TagDeliveryStreamOutput();
    }

    public UntagDeliveryStreamOutput untag(RequestContext ctx, UntagDeliveryStreamInput in) {
        DeliveryStream stream = engine.streams().get(ctx.scope(), in.deliveryStreamName(), engine.now());
        stream.tags().removeAll(in.tagKeys());
        return new UntagDeliveryStreamOutput();
    }

    public ListTagsForDeliveryStreamOutput listTags(RequestContext ctx, ListTagsForDeliveryStreamInput in) {
        DeliveryStream stream = engine.streams().get(ctx.scope(), in.deliveryStreamName(), engine.now());
        ResourceTags.Page page = stream.tags().page(in.exclusiveStartTagKey(),
                in.limit() == null ? ResourceTags.MAX_TAGS : in.limit());
        List<Tag> tags = new ArrayList<>(page.tags().size());
        for (Map.Entry<String, String> e : page.tags()) {
            tags.add(new Tag(e.getKey(), e.getValue()));
        }
        return new ListTagsForDeliveryStreamOutput(tags, page.more());
    }

    public StartDeliveryStreamEncryptionOutput startEncryption(RequestContext ctx,
            StartDeliveryStreamEncryptionInput in) {
        Instant now = engine.now();
        DeliveryStream stream = active(ctx, in.deliveryStreamName(), now);
        DeliveryStreamEncryptionConfigurationInput sse = in.deliveryStreamEncryptionConfigurationInput();
        Sources.checkEncryption(sse == null ? new DeliveryStreamEncryptionConfigurationInput(null, "AWS_OWNED_CMK")
                : sse, stream.type(), ctx.scope());
        quota(stream, now);
        String keyType = sse == null || sse.keyType() == null ? "AWS_OWNED_CMK" : sse.keyType();
        stream.encryption(new EncryptionState("ENABLED", keyType, sse == null ? null : sse.keyARN(),
                now.plus(engine.encryptionDelay())));
        return new StartDeliveryStreamEncryptionOutput();
    }

    public StopDeliveryStreamEncryptionOutput stopEncryption(RequestContext ctx, StopDeliveryStreamEncryptionInput in) {
        Instant now = engine.now();
        DeliveryStream stream = active(ctx, in.deliveryStreamName(), now);
        Sources.checkEncryption(new DeliveryStreamEncryptionConfigurationInput(null, "AWS_OWNED_CMK"), stream.type(),
                ctx.scope());
        quota(stream, now);
        EncryptionState e = stream.encryption();
        stream.encryption(new EncryptionState("DISABLED", e.keyType(), e.keyArn(),
                now.plus(engine.encryptionDelay())));
        return new StopDeliveryStreamEncryptionOutput();
    }

    /** Start and stop together: 25 calls per stream in any 24 hours. */
    private static void quota(DeliveryStream stream, Instant now) {
        if (!stream.encryptionChanges().tryUse(now.toEpochMilli())) {
            throw FirehoseErrors.LIMIT_EXCEEDED.exception("You have exceeded the limit of 25 calls to "
                    + "StartDeliveryStreamEncryption and StopDeliveryStreamEncryption per delivery stream in 24 hours.");
        }
    }

    private DeliveryStream active(RequestContext ctx, String name, Instant now) {
        DeliveryStream stream = engine.streams().get(ctx.scope(), name, now);
        String status = stream.status(now);
        if (!"ACTIVE".equals(status)) {
            throw FirehoseErrors.RESOURCE_IN_USE.exception("Firehose " + name + " under account "
                    + ctx.scope().accountId() + " is not in ACTIVE state, instead in state " + status + ".");
        }
        return stream;
    }
}
