package io.kinesisharness.internal.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.analytics.AnalyticsApplication;
import io.kinesisharness.analytics.AnalyticsRoutes;
import io.kinesisharness.analytics.HarnessAnalytics;
import io.kinesisharness.internal.analytics.io.SchemaDiscovery;
import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.analytics.model.Applications;
import io.kinesisharness.internal.analytics.ops.Api;
import io.kinesisharness.internal.analytics.ops.ApplicationOperations;
import io.kinesisharness.internal.analytics.ops.FlinkOnlyOperations;
import io.kinesisharness.internal.analytics.run.AnalyticsRuns;
import io.kinesisharness.internal.analytics.run.ApplicationRun;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.CodecWarmup;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.firehose.access.DeliveryInput;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon Kinesis Data Analytics for SQL applications, through both its APIs ({@code KinesisAnalytics_20150814.*}
 * and {@code KinesisAnalytics_20180523.*}, JSON 1.1): applications created, configured and run on the harness's own
 * streaming SQL engine, reading a Kinesis stream and writing to streams, delivery streams and functions, on the
 * harness clock. Apache Flink and Studio applications (v2) are kept and described, never run.
 */
public final class AnalyticsModule implements ServiceModule, HarnessAnalytics {

    public static final String SERVICE = "kinesisanalytics";
    public static final String V1_PREFIX = "KinesisAnalytics_20150814";
    public static final String V2_PREFIX = "KinesisAnalytics_20180523";
    static final JsonProtocol V1 = JsonProtocol.json11("com.amazonaws.kinesisanalytics.v20150814", true);
    static final JsonProtocol V2 = JsonProtocol.json11("com.amazonaws.kinesisanalyticsv2.v20180523", true);
    private static final ObjectMapper TREES = WireFormat.JSON.mapper();

    private final ServiceContext context;
    private final AnalyticsRuns runs;
    private final ApplicationOperations ops;
    private final FlinkOnlyOperations flink;

    AnalyticsModule(ServiceContext context) {
        this.context = context;
        this.runs = new AnalyticsRuns(context.scheduler(),
                () -> context.services().offered(KinesisSource.SERVICE, KinesisSource.class),
                () -> context.services().offered(DeliveryInput.SERVICE, DeliveryInput.class),
                () -> context.services().offered(FunctionInvoker.SERVICE, FunctionInvoker.class),
                () -> context.services().offered(S3Access.SERVICE, S3Access.class));
        this.ops = new ApplicationOperations(new Applications(), context.scheduler().clock(), runs,
                () -> context.config().get(io.kinesisharness.settings.AnalyticsSettings.APPLICATION_TRANSITION_DELAY));
        this.flink = new FlinkOnlyOperations(ops, context.scheduler().clock());
    }

    /** A handler on the request as a JSON tree (the record has been checked against the model already). */
    private interface TreeHandler {
        ObjectNode handle(RequestContext ctx, JsonNode in);
    }

    /** An operation both APIs serve, told which one a request came through. */
    private interface SharedHandler {
        ObjectNode handle(RequestContext ctx, JsonNode in, Api api);
    }

    /** The 20 operations of v1, which v2 serves too with its own shapes. */
    private Map<String, SharedHandler> shared() {
        Map<String, SharedHandler> m = new LinkedHashMap<>();
        m.put("CreateApplication", ops::create);
        m.put("DescribeApplication", ops::describe);
        m.put("ListApplications", ops::list);
        m.put("UpdateApplication", ops::update);
        m.put("DeleteApplication", ops::delete);
        m.put("StartApplication", ops::start);
        m.put("StopApplication", ops::stop);
        m.put("AddApplicationInput", ops::addInput);
        m.put("AddApplicationInputProcessingConfiguration", ops::addInputProcessing);
        m.put("DeleteApplicationInputProcessingConfiguration", ops::deleteInputProcessing);
        m.put("AddApplicationOutput", ops::addOutput);
        m.put("DeleteApplicationOutput", ops::deleteOutput);
        m.put("AddApplicationReferenceDataSource", ops::addReference);
        m.put("DeleteApplicationReferenceDataSource", ops::deleteReference);
        m.put("AddApplicationCloudWatchLoggingOption", ops::addLogging);
        m.put("DeleteApplicationCloudWatchLoggingOption", ops::deleteLogging);
        m.put("DiscoverInputSchema", (c, i, api) -> discover(c, i));
        m.put("TagResource", (c, i, api) -> ops.tagResource(c, i));
        m.put("UntagResource", (c, i, api) -> ops.untagResource(c, i));
        m.put("ListTagsForResource", (c, i, api) -> ops.listTags(c, i));
        return m;
    }

    /** The 13 operations v2 adds, for Apache Flink applications. */
    private Map<String, TreeHandler> flinkOnly() {
        Map<String, TreeHandler> m = new LinkedHashMap<>();
        m.put("AddApplicationVpcConfiguration", flink::addVpc);
        m.put("DeleteApplicationVpcConfiguration", flink::deleteVpc);
        m.put("CreateApplicationPresignedUrl", flink::presignedUrl);
        m.put("CreateApplicationSnapshot", flink::createSnapshot);
        m.put("DeleteApplicationSnapshot", flink::deleteSnapshot);
        m.put("DescribeApplicationSnapshot", flink::describeSnapshot);
        m.put("ListApplicationSnapshots", flink::listSnapshots);
        m.put("DescribeApplicationVersion", flink::describeVersion);
        m.put("ListApplicationVersions", flink::listVersions);
        m.put("DescribeApplicationOperation", flink::describeOperation);
        m.put("ListApplicationOperations", flink::listOperations);
        m.put("RollbackApplication", flink::rollback);
        m.put("UpdateApplicationMaintenanceConfiguration", flink::updateMaintenance);
        return m;
    }

    @Override
    public void register(OperationTable table) {
        OperationTable.ServiceRegistration v1 = table.service(SERVICE, V1_PREFIX, V1);
        OperationTable.ServiceRegistration v2 = table.service(SERVICE, V2_PREFIX, V2);
        shared().forEach((name, h) -> {
            add(v1, "v1", name, (c, i) -> h.handle(c, i, Api.V1));
            add(v2, "v2", name, (c, i) -> h.handle(c, i, Api.V2));
        });
        flinkOnly().forEach((name, h) -> add(v2, "v2", name, h));
    }

    /** Registers an operation with its generated request shape ({@code api/v1/<Operation>Request}). */
    private static void add(OperationTable.ServiceRegistration r, String api, String name, TreeHandler h) {
        Class<?> request;
        try {
            request = Class.forName(AnalyticsModule.class.getPackageName() + ".api." + api + "." + name + "Request");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No generated request shape for " + api + " " + name, e);
        }
        r.add(name, request, (ctx, in) -> h.handle(ctx, TREES.valueToTree(in)));
    }

    // ---- DiscoverInputSchema ----

    private static final int DISCOVERY_SAMPLE = 100;

    private ObjectNode discover(RequestContext ctx, JsonNode in) {
        List<byte[]> records = new ArrayList<>();
        JsonNode s3 = in.path("S3Configuration");
        if (!s3.isMissingNode()) {
            String bucket = s3.path("BucketARN").asText().replaceFirst("^arn:[^:]*:s3:::", "");
            byte[] object = context.services().offered(S3Access.SERVICE, S3Access.class)
                    .getObject(ctx.scope(), bucket, s3.path("FileKey").asText());
            if (object == null) {
                throw AnalyticsErrors.RESOURCE_NOT_FOUND.exception("S3 object " + s3.path("FileKey").asText()
                        + " not found in bucket " + bucket);
            }
            records.add(object);
        } else if (in.has("ResourceARN")) {
            String arn = in.get("ResourceARN").asText();
            if (arn.contains(":firehose:")) {
                throw AnalyticsErrors.UNSUPPORTED_OPERATION.exception("Discovering the schema of a Kinesis Data "
                        + "Firehose delivery stream is not supported by Kinesis Harness yet.");
            }
            String position = in.path("InputStartingPositionConfiguration").path("InputStartingPosition")
                    .asText("NOW");
            KinesisSource kinesis = context.services().offered(KinesisSource.SERVICE, KinesisSource.class);
            try {
                KinesisSource.StreamReader reader = position.equals("NOW") ? kinesis.readFromTip(arn)
                        : kinesis.readFromTrimHorizon(arn);
                for (KinesisSource.SourceRecord r : reader.poll(DISCOVERY_SAMPLE)) {
                    records.add(r.data());
                }
            } catch (IllegalArgumentException e) {
                throw AnalyticsErrors.RESOURCE_NOT_FOUND.exception(e.getMessage());
            }
        } else {
            throw AnalyticsErrors.INVALID_ARGUMENT.exception("Either ResourceARN or S3Configuration must be given");
        }
        List<byte[]> processed = records;
        JsonNode processor = in.path("InputProcessingConfiguration").path("InputLambdaProcessor");
        if (processor.has("ResourceARN")) {
            processed = runs.preprocess(processor.get("ResourceARN").asText(), "", in.path("ResourceARN").asText(""),
                    records);
        }
        ObjectNode out = SchemaDiscovery.discover(processed);
        if (out != null && processed != records) {
            var raw = out.putArray("RawInputRecords");
            records.forEach(r -> raw.add(new String(r, StandardCharsets.UTF_8)));
        }
        if (out == null) {
            throw AnalyticsErrors.UNABLE_TO_DETECT_SCHEMA.exception("No data found in the given source to discover "
                    + "a schema from");
        }
        return out;
    }

    // ---- the test's view ----

    @Override
    public void start(AnalyticsApplication a) {
        Scope scope = context.defaultScope();
        ObjectNode create = TREES.createObjectNode().put("ApplicationName", a.name())
                .put("RuntimeEnvironment", "SQL-1_0")
                .put("ServiceExecutionRole", "arn:aws:iam::" + scope.accountId() + ":role/kinesis-harness");
        ObjectNode config = create.putObject("ApplicationConfiguration");
        config.putObject("ApplicationCodeConfiguration").put("CodeContentType", "PLAINTEXT")
                .putObject("CodeContent").put("TextContent", a.code());
        ObjectNode sql = config.putObject("SqlApplicationConfiguration");
        ObjectNode input = sql.putArray("Inputs").addObject().put("NamePrefix", "SOURCE_SQL_STREAM");
        input.putObject("KinesisStreamsInput").put("ResourceARN", scope.arn("kinesis", "stream/" + a.inputStream()));
        ObjectNode schema = input.putObject("InputSchema");
        ObjectNode format = schema.putObject("RecordFormat").put("RecordFormatType", a.format());
        if (a.format().equals("CSV")) {
            format.putObject("MappingParameters").putObject("CSVMappingParameters").put("RecordRowDelimiter", "\n")
                    .put("RecordColumnDelimiter", ",");
        } else {
            format.putObject("MappingParameters").putObject("JSONMappingParameters")
                    .put("RecordRowPath", a.recordRowPath());
        }
        schema.put("RecordEncoding", "UTF-8");
        var columns = schema.putArray("RecordColumns");
        for (AnalyticsApplication.Column c : a.columns()) {
            ObjectNode col = columns.addObject().put("Name", c.name()).put("SqlType", c.sqlType());
            if (a.format().equals("JSON")) {
                col.put("Mapping", c.mapping());
            }
        }
        var outputs = sql.putArray("Outputs");
        a.outputs().forEach((stream, destination) -> {
            if (destination != null) {
                ObjectNode o = outputs.addObject().put("Name", stream);
                o.putObject("KinesisStreamsOutput").put("ResourceARN", scope.arn("kinesis", "stream/" + destination));
                o.putObject("DestinationSchema").put("RecordFormatType", "JSON");
            }
        });
        RequestContext ctx = new RequestContext(scope, WireFormat.JSON, "CreateApplication", null);
        try {
            ops.create(ctx, create, Api.V2);
            Application app = ops.applications().find(scope, a.name());
            app.captured(true);
            ObjectNode start = TREES.createObjectNode().put("ApplicationName", a.name());
            start.putObject("RunConfiguration").putArray("SqlRunConfigurations").addObject().put("InputId", "1.1")
                    .putObject("InputStartingPositionConfiguration")
                    .put("InputStartingPosition", a.startingPosition());
            try {
                ops.start(new RequestContext(scope, WireFormat.JSON, "StartApplication", null), start, Api.V2);
            } catch (AwsException e) {
                ops.applications().remove(scope, a.name());
                throw e;
            }
        } catch (AwsException e) {
            throw new IllegalArgumentException(e.code() + ": " + e.getMessage(), e);
        }
    }

    private ApplicationRun running(String name) {
        Application app = ops.applications().find(context.defaultScope(), name);
        ApplicationRun run = app == null ? null : runs.run(app);
        if (run == null) {
            throw new IllegalArgumentException("No running application " + name + " in account "
                    + context.defaultScope().accountId() + ", region " + context.defaultScope().region());
        }
        return run;
    }

    @Override
    public void push(String application, List<String> records) {
        List<byte[]> data = new ArrayList<>(records.size());
        records.forEach(r -> data.add(r.getBytes(StandardCharsets.UTF_8)));
        running(application).push(data);
    }

    @Override
    public List<String> received(String application, String inApplicationStream) {
        List<String> out = running(application).received(inApplicationStream);
        if (out == null) {
            throw new IllegalArgumentException("Application " + application + " has no in-application stream "
                    + inApplicationStream + " that the harness keeps (only applications started by "
                    + "HarnessAnalytics.start keep their streams' rows)");
        }
        return out;
    }

    @Override
    public void stop(String application) {
        try {
            ops.stop(new RequestContext(context.defaultScope(), WireFormat.JSON, "StopApplication", null),
                    TREES.createObjectNode().put("ApplicationName", application), Api.V2);
        } catch (AwsException e) {
            throw new IllegalArgumentException(e.code() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<AdminRoute, AdminHandler> adminRoutes() {
        return Map.of(AnalyticsRoutes.START, this::startRoute, AnalyticsRoutes.PUSH, this::pushRoute,
                AnalyticsRoutes.RECEIVED, this::receivedRoute, AnalyticsRoutes.STOP, body -> {
                    stop(required(body, "application"));
                    return Map.of("stopped", true);
                });
    }

    @SuppressWarnings("unchecked")
    private Object startRoute(Map<String, Object> body) {
        AnalyticsApplication.Builder b = AnalyticsApplication.builder(required(body, "name"))
                .code(required(body, "code")).input(required(body, "input"));
        if ("CSV".equals(body.get("format"))) {
            b.csv();
        } else if (body.get("recordRowPath") != null) {
            b.json(body.get("recordRowPath").toString());
        }
        for (Object c : (List<Object>) body.getOrDefault("columns", List.of())) {
            Map<String, Object> col = (Map<String, Object>) c;
            String name = String.valueOf(col.get("name"));
            b.column(name, String.valueOf(col.get("sqlType")),
                    col.get("mapping") == null ? "$." + name : col.get("mapping").toString());
        }
        Map<String, Object> outputs = (Map<String, Object>) body.getOrDefault("outputs", Map.of());
        outputs.forEach((k, v) -> b.output(k, v == null ? null : v.toString()));
        if (body.get("startingPosition") != null) {
            b.startingPosition(body.get("startingPosition").toString());
        }
        start(b.build());
        return Map.of("started", body.get("name"));
    }

    @SuppressWarnings("unchecked")
    private Object pushRoute(Map<String, Object> body) {
        List<String> records = new ArrayList<>();
        for (Object r : (List<Object>) body.getOrDefault("records", List.of())) {
            records.add(r.toString());
        }
        push(required(body, "application"), records);
        return Map.of("pushed", records.size());
    }

    private Object receivedRoute(Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", received(required(body, "application"), required(body, "stream")));
        return out;
    }

    private static String required(Map<String, Object> body, String member) {
        Object v = body.get(member);
        if (v == null) {
            throw new IllegalArgumentException(member + " is required");
        }
        return v.toString();
    }

    // ---- the harness's side ----

    @Override
    public void reset() {
        runs.stopAll();
        ops.applications().clear();
    }

    @Override
    public void close() {
        runs.stopAll();
    }

    @Override
    public List<Dispatcher.Call> warmUpCalls() {
        String auth = CodecWarmup.authorization(context.defaultScope().region(), SERVICE);
        return List.of(new Dispatcher.Call(V2_PREFIX + ".ListApplications", WireFormat.JSON.contentType(), auth,
                true, new byte[] {'{', '}'}));
    }
}
