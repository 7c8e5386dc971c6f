package io.kinesisharness.internal.firehose.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.config.ConversionRules;
import io.kinesisharness.internal.glue.access.TableCatalog;
import java.util.function.Supplier;
import io.kinesisharness.internal.firehose.api.CreateDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.CreateDeliveryStreamOutput;
import io.kinesisharness.internal.firehose.api.DeleteDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.DeleteDeliveryStreamOutput;
import io.kinesisharness.internal.firehose.api.DeliveryStreamDescription;
import io.kinesisharness.internal.firehose.api.DeliveryStreamEncryptionConfiguration;
import io.kinesisharness.internal.firehose.api.DeliveryStreamEncryptionConfigurationInput;
import io.kinesisharness.internal.firehose.api.DescribeDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.DescribeDeliveryStreamOutput;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ListDeliveryStreamsInput;
import io.kinesisharness.internal.firehose.api.ListDeliveryStreamsOutput;
import io.kinesisharness.internal.firehose.api.SourceDescription;
import io.kinesisharness.internal.firehose.api.Tag;
import io.kinesisharness.internal.firehose.config.Destination;
import io.kinesisharness.internal.firehose.config.Destinations;
import io.kinesisharness.internal.firehose.config.Sources;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.model.EncryptionState;
import io.kinesisharness.internal.firehose.model.FirehoseEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Create, delete, describe and list delivery streams. */
public final class StreamOperations {

    private final Supplier<TableCatalog> catalog;
    private final FirehoseEngine engine;
    private final Lifecycle lifecycle;

    /** What starts and stops a stream's delivery and source reading. */
    public interface Lifecycle {
        /** @throws IllegalArgumentException when the stream's source cannot be read (a missing Kinesis stream) */
        void started(DeliveryStream stream);

        void stopped(DeliveryStream stream);
    }

    public StreamOperations(FirehoseEngine engine, Lifecycle lifecycle, Supplier<TableCatalog> catalog) {
        this.engine = engine;
        this.lifecycle = lifecycle;
        this.catalog = catalog;
    }

    public CreateDeliveryStreamOutput create(RequestContext ctx, CreateDeliveryStreamInput in) {
        Instant now = engine.now();
        Scope scope = ctx.scope();
        if (engine.streams().find(scope, in.deliveryStreamName(), now) != null) {
            throw FirehoseErrors.exists(in.deliveryStreamName(), scope);
        }
        String type = Sources.type(in);
        Instant activeAt = now.plus(engine.createDelay());
        SourceDescription source = Sources.describe(in, activeAt);
        DeliveryStreamEncryptionConfigurationInput sse = in.deliveryStreamEncryptionConfigurationInput();
        Sources.checkEncryption(sse, type, scope);
        Destination destination = Destinations.fromCreate(in, now, engine.httpsOnly());
        ConversionRules.checkTable(destination.description(), catalog);
        EncryptionState encryption = sse == null ? EncryptionState.DISABLED
                : new EncryptionState("ENABLED", sse.keyType() == null ? "AWS_OWNED_CMK" : sse.keyType(),
                        sse.keyARN(), activeAt);
        DeliveryStream stream = new DeliveryStream(scope, in.deliveryStreamName(), type, now, activeAt, source,
                destination.description(), destination.secrets(), encryption);
        if (in.tags() != null) {
            stream.tags().putAll(tagMap(in.tags()));
        }
        engine.streams().add(stream, now);
        try {
            lifecycle.started(stream);
        } catch (IllegalArgumentException e) {
            engine.streams().remove(stream);
            throw FirehoseErrors.INVALID_ARGUMENT.exception(e.getMessage());
        }
        return new CreateDeliveryStreamOutput(stream.arn());
    }

    public DeleteDeliveryStreamOutput delete(RequestContext ctx, DeleteDeliveryStreamInput in) {
        Instant now = engine.now();
        DeliveryStream stream = engine.streams().get(ctx.scope(), in.deliveryStreamName(), now);
        if ("CREATING".equals(stream.status(now))) {
            throw FirehoseErrors.RESOURCE_IN_USE.exception("Firehose " + stream.name() + " under account "
                    + stream.scope().accountId() + " is in CREATING state and cannot be deleted.");
        }
        stream.markDeleted(now.plus(engine.deleteDelay()));
        lifecycle.stopped(stream);
        if (engine.deleteDelay().isZero() || Boolean.TRUE.equals(in.allowForceDelete())) {
            engine.streams().remove(stream);
        }
        return new DeleteDeliveryStreamOutput();
    }

    public DescribeDeliveryStreamOutput describe(RequestContext ctx, DescribeDeliveryStreamInput in) {
        Instant now = engine.now();
        DeliveryStream s = engine.streams().get(ctx.scope(), in.deliveryStreamName(), now);
        List<DestinationDescription> destinations = new ArrayList<>();
        if (in.exclusiveStartDestinationId() == null
                || in.exclusiveStartDestinationId().compareTo(DeliveryStream.DESTINATION_ID) < 0) {
            destinations.add(Destinations.describe(s.destination()));
        }
        return new DescribeDeliveryStreamOutput(new DeliveryStreamDescription(s.name(), s.arn(), s.status(now), null,
                encryption(s, now), s.type(), String.valueOf(s.version()), s.created(), s.lastUpdate(), s.source(),
                destinations, false));
    }

    /** DirectPut streams show their encryption status (DISABLED when none); other types show none, as AWS does. */
    static DeliveryStreamEncryptionConfiguration encryption(DeliveryStream s, Instant now) {
        if (!s.isDirectPut() && !"DatabaseAsSource".equals(s.type())) {
            return null;
        }
        EncryptionState e = s.encryption();
        String status = e.status(now);
        boolean keyed = !"DISABLED".equals(status);
        return new DeliveryStreamEncryptionConfiguration(keyed ? e.keyArn() : null, keyed ? e.keyType() : null,
                status, null);
    }

    public ListDeliveryStreamsOutput list(RequestContext ctx, ListDeliveryStreamsInput in) {
        int limit = in.limit() == null ? 10 : in.limit();
        List<String> names = new ArrayList<>();
        boolean more = false;
        for (DeliveryStream s : engine.streams().list(ctx.scope(), in.exclusiveStartDeliveryStreamName(),
                engine.now())) {
            if (in.deliveryStreamType() != null && !in.deliveryStreamType().equals(s.type())) {
                continue;
            }
            if (names.size() == limit) {
                more = true;
                break;
            }
            names.add(s.name());
        }
        return new ListDeliveryStreamsOutput(names, more);
    }

    static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tag t : tags) {
            map.put(t.key(), t.value() == null ? "" : t.value());
        }
        return map;
    }
}
