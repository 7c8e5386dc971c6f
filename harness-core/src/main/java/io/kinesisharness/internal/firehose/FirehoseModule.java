package io.kinesisharness.internal.firehose;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.firehose.FirehoseRoutes;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.CodecWarmup;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.firehose.api.CreateDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.DeleteDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.DescribeDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.ListDeliveryStreamsInput;
import io.kinesisharness.internal.firehose.api.ListTagsForDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.PutRecordBatchInput;
import io.kinesisharness.internal.firehose.api.PutRecordInput;
import io.kinesisharness.internal.firehose.api.StartDeliveryStreamEncryptionInput;
import io.kinesisharness.internal.firehose.api.StopDeliveryStreamEncryptionInput;
import io.kinesisharness.internal.firehose.api.TagDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.UntagDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.UpdateDestinationInput;
import io.kinesisharness.internal.firehose.delivery.Deliveries;
import io.kinesisharness.internal.firehose.delivery.StoreObjects;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.model.DeliveryStreams;
import io.kinesisharness.internal.firehose.model.FirehoseEngine;
import io.kinesisharness.internal.firehose.ops.ConfigurationOperations;
import io.kinesisharness.internal.firehose.ops.RecordOperations;
import io.kinesisharness.internal.firehose.ops.StreamOperations;
import io.kinesisharness.internal.firehose.source.KinesisSources;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon Data Firehose ({@code Firehose_20150804.*}, JSON 1.1) as a service of the harness: delivery streams,
 * their buffering on the harness clock and their delivery (S3 into the harness's object store, HTTP endpoints for
 * real, the other destinations captured), Kinesis streams as sources, and the test's view of what was delivered.
 */
public final class FirehoseModule implements ServiceModule, HarnessFirehose {

    public static final String SERVICE = "firehose";
    public static final String TARGET_PREFIX = "Firehose_20150804";
    /** Firehose's validation messages leave the offending value out (as AWS's have since about 2024). */
    static final JsonProtocol PROTOCOL = JsonProtocol.json11("com.amazonaws.firehose.v20150804", false);

    private final FirehoseEngine engine;
    private final Deliveries deliveries;
    private final KinesisSources sources;
    private final Scope defaultScope;

    FirehoseModule(ServiceContext context) {
        this.defaultScope = context.defaultScope();
        this.deliveries = new Deliveries(context.scheduler(),
                new StoreObjects(() -> context.services().offered(S3Access.SERVICE, S3Access.class)));
        this.sources = new KinesisSources(context.scheduler(),
                () -> context.services().offered(KinesisSource.SERVICE, KinesisSource.class), deliveries);
        this.engine = new FirehoseEngine(context.config(), context.scheduler(), new DeliveryStreams(this::stopped));
    }

    @Override
    public void register(OperationTable table) {
        StreamOperations streams = new StreamOperations(engine, new StreamOperations.Lifecycle() {
            @Override
            public void started(DeliveryStream stream) {
                FirehoseModule.this.started(stream);
            }

            @Override
            public void stopped(DeliveryStream stream) {
                FirehoseModule.this.stopped(stream);
            }
        });
        RecordOperations records = new RecordOperations(engine, deliveries);
        ConfigurationOperations config = new ConfigurationOperations(engine);
        table.service(SERVICE, TARGET_PREFIX, PROTOCOL)
                .add("CreateDeliveryStream", CreateDeliveryStreamInput.class, streams::create)
                .add("DeleteDeliveryStream", DeleteDeliveryStreamInput.class, streams::delete)
                .add("DescribeDeliveryStream", DescribeDeliveryStreamInput.class, streams::describe)
                .add("ListDeliveryStreams", ListDeliveryStreamsInput.class, streams::list)
                .add("PutRecord", PutRecordInput.class, records::putRecord)
                .add("PutRecordBatch", PutRecordBatchInput.class, records::putRecordBatch)
                .add("UpdateDestination", UpdateDestinationInput.class, config::updateDestination)
                .add("TagDeliveryStream", TagDeliveryStreamInput.class, config::tag)
                .add("UntagDeliveryStream", UntagDeliveryStreamInput.class, config::untag)
                .add("ListTagsForDeliveryStream", ListTagsForDeliveryStreamInput.class, config::listTags)
                .add("StartDeliveryStreamEncryption", StartDeliveryStreamEncryptionInput.class,
                        config::startEncryption)
                .add("StopDeliveryStreamEncryption", StopDeliveryStreamEncryptionInput.class, config::stopEncryption);
    }

    private void started(DeliveryStream stream) {
        deliveries.start(stream);
        if (stream.source() != null && stream.source().kinesisStreamSourceDescription() != null) {
            sources.start(stream, stream.source().kinesisStreamSourceDescription().kinesisStreamARN());
        }
    }

    private void stopped(DeliveryStream stream) {
        sources.stop(stream);
        deliveries.stop(stream);
    }

    @Override
    public void reset() {
        engine.streams().clear();
    }

    @Override
    public List<Dispatcher.Call> warmUpCalls() {
        String auth = CodecWarmup.authorization(defaultScope.region(), SERVICE);
        return List.of(new Dispatcher.Call(TARGET_PREFIX + ".ListDeliveryStreams", WireFormat.JSON.contentType(),
                auth, true, new byte[] {'{', '}'}));
    }

    // ---- the test's view ----

    @Override
    public void flush(String deliveryStream) {
        DeliveryStream stream = named(defaultScope, deliveryStream);
        sources.pollNow(stream);
        deliveries.flush(stream);
    }

    @Override
    public void flushAll() {
        for (DeliveryStream s : engine.streams().all()) {
            sources.pollNow(s);
        }
        deliveries.flushAll();
    }

    @Override
    public List<FirehoseDelivery> deliveries(String deliveryStream) {
        return deliveries.log(named(defaultScope, deliveryStream));
    }

    private DeliveryStream named(Scope scope, String name) {
        DeliveryStream s = engine.streams().find(scope, name, engine.now());
        if (s == null) {
            throw new IllegalArgumentException("No delivery stream " + name + " in account " + scope.accountId()
                    + ", region " + scope.region());
        }
        return s;
    }

    @Override
    public Map<AdminRoute, AdminHandler> adminRoutes() {
        return Map.of(FirehoseRoutes.FLUSH, this::flushRoute, FirehoseRoutes.DELIVERIES, this::deliveriesRoute);
    }

    private Object flushRoute(Map<String, Object> body) {
        Object name = body.get("deliveryStream");
        if (name == null) {
            flushAll();
        } else {
            flush(name.toString());
        }
        return Map.of("flushed", name == null ? "all" : name.toString());
    }

    private Object deliveriesRoute(Map<String, Object> body) {
        Object name = body.get("deliveryStream");
        if (name == null) {
            throw new IllegalArgumentException("deliveryStream is required");
        }
        Base64.Encoder b64 = Base64.getEncoder();
        List<Map<String, Object>> out = new ArrayList<>();
        for (FirehoseDelivery d : deliveries(name.toString())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("deliveryStream", d.deliveryStream());
            m.put("destination", d.destination().name());
            m.put("time", d.time().toString());
            m.put("target", d.target());
            m.put("records", d.records().stream().map(b64::encodeToString).toList());
            m.put("body", b64.encodeToString(d.body()));
            m.put("attributes", d.attributes());
            m.put("attempts", d.attempts());
            m.put("errorCode", d.errorCode());
            m.put("errorMessage", d.errorMessage());
            out.add(m);
        }
        return Map.of("deliveries", out);
    }
}
