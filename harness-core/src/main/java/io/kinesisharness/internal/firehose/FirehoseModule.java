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
import io.kinesisharness.internal.firehose.api.PutRecordBatchOutput;
import io.kinesisharness.internal.firehose.api.PutRecordEntry;
import io.kinesisharness.internal.firehose.api.PutRecordInput;
import io.kinesisharness.internal.firehose.api.StartDeliveryStreamEncryptionInput;
import io.kinesisharness.internal.firehose.api.StopDeliveryStreamEncryptionInput;
import io.kinesisharness.internal.firehose.api.TagDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.UntagDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.UpdateDestinationInput;
import io.kinesisharness.internal.firehose.delivery.Deliveries;
import io.kinesisharness.internal.firehose.delivery.ExternalS3;
import io.kinesisharness.internal.firehose.delivery.StoreObjects;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.model.DeliveryStreams;
import io.kinesisharness.internal.firehose.model.FirehoseEngine;
import io.kinesisharness.internal.firehose.ops.ConfigurationOperations;
import io.kinesisharness.internal.firehose.ops.RecordOperations;
import io.kinesisharness.internal.firehose.ops.StreamOperations;
import io.kinesisharness.internal.firehose.source.KinesisSources;
import io.kinesisharness.internal.firehose.source.LogSubscriptions;
import io.kinesisharness.internal.firehose.delivery.InputRecord;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import io.kinesisharness.internal.glue.access.TableCatalog;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.settings.DeliveryStreamSpec;
import io.kinesisharness.settings.FirehoseSettings;
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
public final class FirehoseModule implements ServiceModule, HarnessFirehose,
        io.kinesisharness.internal.firehose.access.DeliveryInput {

    public static final String SERVICE = "firehose";
    public static final String TARGET_PREFIX = "Firehose_20150804";
    /** Firehose's validation messages leave the offending value out (as AWS's have since about 2024). */
    static final JsonProtocol PROTOCOL = JsonProtocol.json11("com.amazonaws.firehose.v20150804", false);

    private final FirehoseEngine engine;
    private final Deliveries deliveries;
    private final KinesisSources sources;
    private final Scope defaultScope;
    private final ServiceContext context;
    private final StreamOperations streamOperations;

    FirehoseModule(ServiceContext context) {
        this.context = context;
        this.defaultScope = context.defaultScope();
        String external = context.config().get(FirehoseSettings.FIREHOSE_S3_ENDPOINT);
        this.deliveries = new Deliveries(context.scheduler(), external.isEmpty()
                ? new StoreObjects(() -> context.services().offered(S3Access.SERVICE, S3Access.class))
                : ExternalS3.connect(external, defaultScope, defaultScope.accountId(), "kinesis-harness"),
                () -> context.services().offered(FunctionInvoker.SERVICE, FunctionInvoker.class),
                () -> context.services().offered(TableCatalog.SERVICE, TableCatalog.class));
        this.sources = new KinesisSources(context.scheduler(),
                () -> context.services().offered(KinesisSource.SERVICE, KinesisSource.class), deliveries);
        this.engine = new FirehoseEngine(context.config(), context.scheduler(), new DeliveryStreams(this::stopped));
        this.streamOperations = new StreamOperations(engine, new StreamOperations.Lifecycle() {
            @Override
            public void started(DeliveryStream stream) {
                FirehoseModule.this.started(stream);
            }

            @Override
            public void stopped(DeliveryStream stream) {
                FirehoseModule.this.stopped(stream);
            }
        }, () -> context.services().offered(TableCatalog.SERVICE, TableCatalog.class));
        createConfiguredStreams();
    }

    private void createConfiguredStreams() {
        for (DeliveryStreamSpec spec : context.config().get(FirehoseSettings.DELIVERY_STREAMS)) {
            createDeliveryStream(spec);
        }
    }

    /**
     * Creates a DirectPut delivery stream into S3 in the default account and region, through the same path as
     * CreateDeliveryStream (its rules and messages), creating its bucket if there is none (in the harness's store;
     * an external S3 endpoint's buckets are its owner's to make).
     *
     * @throws IllegalArgumentException with AWS's message when the stream breaks a rule, or already exists
     */
    public void createDeliveryStream(DeliveryStreamSpec spec) {
        if (context.config().get(FirehoseSettings.FIREHOSE_S3_ENDPOINT).isEmpty()) {
            context.services().offered(S3Access.SERVICE, S3Access.class).createBucket(spec.bucket());
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode in = json.createObjectNode().put("DeliveryStreamName", spec.name())
                .put("DeliveryStreamType", "DirectPut");
        ObjectNode s3 = in.putObject("ExtendedS3DestinationConfiguration")
                .put("RoleARN", "arn:" + defaultScope.partition() + ":iam::" + defaultScope.accountId()
                        + ":role/firehose")
                .put("BucketARN", "arn:aws:s3:::" + spec.bucket()).put("CompressionFormat", spec.compression());
        if (!spec.prefix().isEmpty()) {
            s3.put("Prefix", spec.prefix());
        }
        s3.putObject("BufferingHints").put("SizeInMBs", spec.sizeInMBs())
                .put("IntervalInSeconds", spec.intervalSeconds());
        try {
            CreateDeliveryStreamInput input = json.treeToValue(in, CreateDeliveryStreamInput.class);
            Validator v = new Validator(PROTOCOL.shapeNamespace(), false);
            input.validate(v);
            v.throwIfInvalid();
            streamOperations.create(new RequestContext(defaultScope, WireFormat.JSON, "CreateDeliveryStream", null),
                    input);
        } catch (AwsException e) {
            throw new IllegalArgumentException("Delivery stream " + spec.name() + ": " + e.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void register(OperationTable table) {
        StreamOperations streams = streamOperations;
        RecordOperations records = new RecordOperations(engine, deliveries);
        ConfigurationOperations config = new ConfigurationOperations(engine,
                () -> context.services().offered(TableCatalog.SERVICE, TableCatalog.class));
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
        createConfiguredStreams();
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
    public Runnable tap(String deliveryStreamArn,
            java.util.function.Consumer<List<io.kinesisharness.internal.firehose.access.DeliveryInput.TappedRecord>>
                    receiver) {
        DeliveryStream s = byArn(deliveryStreamArn);
        if (s == null) {
            throw new IllegalArgumentException("Delivery stream " + deliveryStreamArn + " does not exist");
        }
        return deliveries.tap(s, records -> {
            List<TappedRecord> out = new ArrayList<>(records.size());
            for (InputRecord r : records) {
                out.add(new TappedRecord(r.data(), r.arrivalMillis()));
            }
            receiver.accept(out);
        });
    }

    private DeliveryStream byArn(String deliveryStreamArn) {
        String[] parts = deliveryStreamArn.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith("deliverystream/")) {
            throw new IllegalArgumentException("Not a delivery stream ARN: " + deliveryStreamArn);
        }
        Scope scope = new Scope(parts[4], parts[3]);
        return engine.streams().find(scope, parts[5].substring("deliverystream/".length()), engine.now());
    }

    @Override
    public List<byte[]> put(String deliveryStreamArn, List<byte[]> records) {
        String[] parts = deliveryStreamArn.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith("deliverystream/")) {
            throw new IllegalArgumentException("Not a delivery stream ARN: " + deliveryStreamArn);
        }
        RequestContext ctx = new RequestContext(new Scope(parts[4], parts[3]), WireFormat.JSON, "PutRecordBatch",
                null);
        String name = parts[5].substring("deliverystream/".length());
        RecordOperations operations = new RecordOperations(engine, deliveries);
        List<byte[]> refused = new ArrayList<>();
        for (int from = 0, to; from < records.size(); from = to) {
            // PutRecordBatch's limits: 500 records and 4 MiB a call.
            long bytes = 0;
            for (to = from; to < records.size() && to - from < 500; to++) {
                bytes += records.get(to).length;
                if (bytes > RecordOperations.MAX_BATCH_BYTES && to > from) {
                    break;
                }
            }
            List<PutRecordEntry> batch = new ArrayList<>(to - from);
            for (byte[] r : records.subList(from, to)) {
                batch.add(new PutRecordEntry(r));
            }
            try {
                PutRecordBatchOutput out = operations.putRecordBatch(ctx, new PutRecordBatchInput(name, batch));
                for (int i = 0; out.failedPutCount() > 0 && i < out.requestResponses().size(); i++) {
                    if (out.requestResponses().get(i).errorCode() != null) {
                        refused.add(records.get(from + i));
                    }
                }
            } catch (AwsException e) {
                throw new IllegalArgumentException(e.code() + ": " + e.getMessage(), e);
            }
        }
        return refused;
    }

    @Override
    public void putLogEvents(String deliveryStream, String logGroup, String logStream, List<String> messages) {
        DeliveryStream s = subscribable(deliveryStream);
        deliveries.put(s, List.of(new InputRecord(LogSubscriptions.dataMessage(defaultScope.accountId(), logGroup,
                logStream, "kinesis-harness", messages, engine.now()), engine.now().toEpochMilli(), null)));
    }

    @Override
    public void putControlMessage(String deliveryStream) {
        DeliveryStream s = subscribable(deliveryStream);
        deliveries.put(s, List.of(new InputRecord(LogSubscriptions.controlMessage(engine.now()),
                engine.now().toEpochMilli(), null)));
    }

    /** A stream a subscription filter may send to: DirectPut (a Kinesis-sourced one takes from its stream only). */
    private DeliveryStream subscribable(String name) {
        DeliveryStream s = named(defaultScope, name);
        if (!s.isDirectPut()) {
            throw new IllegalArgumentException("Delivery stream " + name + " reads a Kinesis stream; CloudWatch Logs "
                    + "subscriptions send to DirectPut streams");
        }
        return s;
    }

    @Override
    public Map<AdminRoute, AdminHandler> adminRoutes() {
        return Map.of(FirehoseRoutes.FLUSH, this::flushRoute, FirehoseRoutes.DELIVERIES, this::deliveriesRoute,
                FirehoseRoutes.LOG_EVENTS, this::logEventsRoute);
    }

    private Object logEventsRoute(Map<String, Object> body) {
        Object name = body.get("deliveryStream");
        if (name == null) {
            throw new IllegalArgumentException("deliveryStream is required");
        }
        if (Boolean.TRUE.equals(body.get("control"))) {
            putControlMessage(name.toString());
            return Map.of("sent", 1);
        }
        Object group = body.get("logGroup");
        Object logStream = body.get("logStream");
        Object messages = body.get("messages");
        if (group == null || logStream == null || !(messages instanceof List<?> list)) {
            throw new IllegalArgumentException("logGroup, logStream and messages (a list) are required");
        }
        putLogEvents(name.toString(), group.toString(), logStream.toString(),
                list.stream().map(String::valueOf).toList());
        return Map.of("sent", list.size());
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
