package io.kinesisharness.internal.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.analytics.AnalyticsErrors;
import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.io.RecordMapper;
import io.kinesisharness.internal.analytics.io.RowFormatter;
import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.analytics.ops.Runs;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.firehose.access.DeliveryInput;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import io.kinesisharness.internal.s3.access.S3Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The engine side of the operations: compiles an application's code against its input's columns, opens its input's
 * reader at the starting position asked, wires its outputs, and keeps each run (and, once stopped, where its
 * reader stopped, for LAST_STOPPED_POINT). Calcite is optional: without it every run and code check is refused,
 * naming the artifact to add.
 */
public final class AnalyticsRuns implements Runs {

    static final String CALCITE = "org.apache.calcite:calcite-core:1.42.0";

    private final HarnessScheduler scheduler;
    private final Supplier<KinesisSource> kinesis;
    private final Supplier<DeliveryInput> firehose;
    private final Supplier<FunctionInvoker> lambda;
    private final Supplier<S3Access> s3;
    private final Map<Application, ApplicationRun> running = new ConcurrentHashMap<>();
    private final Map<Application, Map<String, KinesisSource.StreamReader>> stoppedAt = new ConcurrentHashMap<>();

    public AnalyticsRuns(HarnessScheduler scheduler, Supplier<KinesisSource> kinesis,
            Supplier<DeliveryInput> firehose, Supplier<FunctionInvoker> lambda, Supplier<S3Access> s3) {
        this.s3 = s3;
        this.scheduler = scheduler;
        this.kinesis = kinesis;
        this.firehose = firehose;
        this.lambda = lambda;
    }

    private static void requireCalcite() {
        if (!SqlFrontEnd.available()) {
            throw AnalyticsErrors.UNSUPPORTED_OPERATION.exception("Kinesis Data Analytics for SQL needs Apache "
                    + "Calcite on the classpath: add " + CALCITE + " to your test dependencies (harness-core "
                    + "declares it optional; the standalone jar and the Docker image include it).");
        }
    }

    @Override
    public void checkSyntax(String code) {
        requireCalcite();
        try {
            SqlFrontEnd.compiler().checkSyntax(code);
        } catch (SqlCodeException e) {
            throw AnalyticsErrors.CODE_VALIDATION.exception(e.getMessage());
        }
    }

    @Override
    public boolean running(Application app) {
        return running.containsKey(app);
    }

    /** The run of an application, or null. */
    public ApplicationRun run(Application app) {
        return running.get(app);
    }

    @Override
    public void start(Scope scope, Application app, Map<String, String> positions) {
        requireCalcite();
        ObjectNode input = app.inputs().get(0);
        String inputId = input.path("InputId").asText();
        JsonNode schema = input.path("InputSchema");
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> mappings = new ArrayList<>();
        for (JsonNode c : schema.path("RecordColumns")) {
            names.add(c.path("Name").asText());
            types.add(c.path("SqlType").asText());
            mappings.add(c.path("Mapping").asText("$." + c.path("Name").asText()));
        }
        List<String> streams = new ArrayList<>();
        List<SqlCompiler.InputStream> inputs = new ArrayList<>();
        for (JsonNode n : input.path("InAppStreamNames")) {
            streams.add(n.asText());
            inputs.add(new SqlCompiler.InputStream(n.asText(), names, types));
        }
        ApplicationRun[] holder = new ApplicationRun[1];
        CompiledApplication compiled;
        try {
            compiled = SqlFrontEnd.compiler().compile(app.code(), inputs, references(scope, app),
                    () -> scheduler.clock().now().toEpochMilli(), end -> holder[0].wakeAt(end));
        } catch (SqlCodeException e) {
            throw AnalyticsErrors.CODE_VALIDATION.exception(e.getMessage());
        }
        InAppStream first = compiled.streams().get(streams.get(0));
        List<ColumnType> columnTypes = first.types().subList(0, names.size());
        JsonNode format = schema.path("RecordFormat");
        JsonNode csv = format.path("MappingParameters").path("CSVMappingParameters");
        RecordMapper mapper = new RecordMapper(format.path("RecordFormatType").asText(),
                format.path("MappingParameters").path("JSONMappingParameters").path("RecordRowPath").asText("$"),
                mappings, columnTypes, csv.path("RecordRowDelimiter").asText(null),
                csv.path("RecordColumnDelimiter").asText(null));
        boolean firehoseInput = input.has("KinesisFirehoseInputDescription");
        String sourceArn = input.path(firehoseInput ? "KinesisFirehoseInputDescription"
                : "KinesisStreamsInputDescription").path("ResourceARN").asText();
        List<ApplicationRun.OutputPlan> outputs = new ArrayList<>();
        for (ObjectNode o : app.outputs()) {
            outputs.add(output(app, o, compiled));
        }
        KinesisSource.StreamReader reader = openReader(app, inputId, firehoseInput, sourceArn,
                positions.getOrDefault(inputId, "NOW"));
        Preprocessor preprocessor = null;
        JsonNode processing = input.path("InputProcessingConfigurationDescription")
                .path("InputLambdaProcessorDescription");
        if (processing.has("ResourceARN")) {
            preprocessor = new Preprocessor(lambda, processing.get("ResourceARN").asText(), app.arn(), sourceArn);
        }
        ApplicationRun run = new ApplicationRun(compiled, scheduler,
                List.of(new ApplicationRun.InputPlan(inputId, reader, streams, mapper, preprocessor)), outputs);
        holder[0] = run;
        if (app.captured()) {
            run.capture();
        }
        running.put(app, run);
        run.start();
    }

    /**
     * The application's reference tables, each read from its S3 object (in the harness's store) when the application
     * starts, mapped like an input's records.
     */
    private List<SqlCompiler.ReferenceTable> references(Scope scope, Application app) {
        List<SqlCompiler.ReferenceTable> out = new ArrayList<>();
        for (ObjectNode ref : app.references()) {
            JsonNode source = ref.path("S3ReferenceDataSourceDescription");
            String bucket = source.path("BucketARN").asText().replaceFirst("^arn:[^:]*:s3:::", "");
            String key = source.path("FileKey").asText();
            byte[] object = s3.get().getObject(scope, bucket, key);
            if (object == null) {
                throw AnalyticsErrors.INVALID_APPLICATION_CONFIGURATION.exception("Reference data source "
                        + ref.path("ReferenceId").asText() + ": object " + key + " not found in bucket " + bucket);
            }
            JsonNode schema = ref.path("ReferenceSchema");
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            List<String> mappings = new ArrayList<>();
            for (JsonNode c : schema.path("RecordColumns")) {
                names.add(c.path("Name").asText());
                types.add(c.path("SqlType").asText());
                mappings.add(c.path("Mapping").asText("$." + c.path("Name").asText()));
            }
            JsonNode format = schema.path("RecordFormat");
            JsonNode csv = format.path("MappingParameters").path("CSVMappingParameters");
            out.add(new SqlCompiler.ReferenceTable(ref.path("TableName").asText(), names, types,
                    columnTypes -> {
                        RecordMapper mapper = new RecordMapper(format.path("RecordFormatType").asText(),
                                format.path("MappingParameters").path("JSONMappingParameters").path("RecordRowPath")
                                        .asText("$"), mappings, columnTypes, csv.path("RecordRowDelimiter").asText(null),
                                csv.path("RecordColumnDelimiter").asText(null));
                        try {
                            return mapper.rows(object);
                        } catch (io.kinesisharness.internal.analytics.engine.RowError e) {
                            throw AnalyticsErrors.INVALID_APPLICATION_CONFIGURATION.exception("Reference data source "
                                    + ref.path("ReferenceId").asText() + " (" + key + "): " + e.getMessage());
                        }
                    }));
        }
        return out;
    }

    /** The input's reader at its starting position (LAST_STOPPED_POINT: where the last run's stopped). */
    private KinesisSource.StreamReader openReader(Application app, String inputId, boolean firehoseInput,
            String sourceArn, String position) {
        try {
            if (firehoseInput) {
                return new TappedReader(firehose.get(), sourceArn);
            }
            Map<String, KinesisSource.StreamReader> last = stoppedAt.get(app);
            if (position.equals("LAST_STOPPED_POINT") && last != null && last.get(inputId) != null
                    && !(last.get(inputId) instanceof TappedReader)) {
                return last.get(inputId);
            }
            return position.equals("TRIM_HORIZON") ? kinesis.get().readFromTrimHorizon(sourceArn)
                    : kinesis.get().readFromTip(sourceArn);
        } catch (IllegalArgumentException e) {
            throw AnalyticsErrors.RESOURCE_NOT_FOUND.exception("Input " + inputId + ": " + e.getMessage());
        }
    }

    private ApplicationRun.OutputPlan output(Application app, ObjectNode o, CompiledApplication compiled) {
        String name = o.path("Name").asText();
        InAppStream stream = compiled.streams().get(name);
        if (stream == null) {
            throw AnalyticsErrors.INVALID_APPLICATION_CONFIGURATION.exception("Output " + o.path("OutputId").asText()
                    + " reads in-application stream " + name + ", which the application code does not create");
        }
        RowFormatter formatter = new RowFormatter(o.path("DestinationSchema").path("RecordFormatType").asText(),
                stream.columns(), stream.types());
        OutputSink sink;
        if (o.has("KinesisStreamsOutputDescription")) {
            sink = Sinks.kinesis(kinesis, o.path("KinesisStreamsOutputDescription").path("ResourceARN").asText());
        } else if (o.has("KinesisFirehoseOutputDescription")) {
            sink = Sinks.firehose(firehose, o.path("KinesisFirehoseOutputDescription").path("ResourceARN").asText());
        } else {
            sink = Sinks.lambda(lambda, o.path("LambdaOutputDescription").path("ResourceARN").asText(), app.arn());
        }
        return new ApplicationRun.OutputPlan(name, name, formatter, sink);
    }

    /**
     * DiscoverInputSchema's preprocessing: the records as the function returns them (Ok), in order; the function
     * failing is the service's error.
     */
    public List<byte[]> preprocess(String functionArn, String applicationArn, String streamArn, List<byte[]> data) {
        List<KinesisSource.SourceRecord> records = new ArrayList<>();
        for (byte[] d : data) {
            records.add(new KinesisSource.SourceRecord("shardId-000000000000", "discovery", "0",
                    scheduler.clock().now().toEpochMilli(), d));
        }
        List<Preprocessor.Outcome> outcomes = new Preprocessor(lambda, functionArn, applicationArn, streamArn)
                .process(records);
        if (outcomes == null) {
            throw AnalyticsErrors.INVALID_ARGUMENT.exception("The preprocessing function " + functionArn
                    + " failed or answered something other than its records");
        }
        List<byte[]> out = new ArrayList<>();
        outcomes.forEach(o -> {
            if (o.data() != null) {
                out.add(o.data());
            }
        });
        return out;
    }

    /**
     * A delivery stream read as an input: what it takes from the start on, kept until the next read. Stopping the
     * application lets go of the tap (a delivery stream keeps no records to resume from: LAST_STOPPED_POINT then
     * reads from the restart on).
     */
    private static final class TappedReader implements KinesisSource.StreamReader {
        private final List<KinesisSource.SourceRecord> buffer = new ArrayList<>();
        private final Runnable untap;

        TappedReader(DeliveryInput firehose, String arn) {
            this.untap = firehose.tap(arn, records -> {
                synchronized (buffer) {
                    for (DeliveryInput.TappedRecord r : records) {
                        buffer.add(new KinesisSource.SourceRecord("shardId-000000000000", "", "0", r.arrivalMillis(),
                                r.data()));
                    }
                }
            });
        }

        @Override
        public List<KinesisSource.SourceRecord> poll(int maxRecords) {
            synchronized (buffer) {
                List<KinesisSource.SourceRecord> out = new ArrayList<>(buffer.subList(0, Math.min(maxRecords,
                        buffer.size())));
                buffer.subList(0, out.size()).clear();
                return out;
            }
        }

        @Override
        public boolean ended() {
            return false;
        }

        void close() {
            untap.run();
        }
    }

    @Override
    public void stop(Application app) {
        ApplicationRun run = running.remove(app);
        if (run != null) {
            run.inputs().forEach(i -> {
                if (i.reader() instanceof TappedReader t) {
                    t.close();
                }
            });
            run.stop();
            Map<String, KinesisSource.StreamReader> readers = new ConcurrentHashMap<>();
            run.inputs().forEach(i -> readers.put(i.inputId(), i.reader()));
            stoppedAt.put(app, readers);
        }
    }

    /** Stops every run (a reset). */
    public void stopAll() {
        new ArrayList<>(running.keySet()).forEach(this::stop);
        running.clear();
        stoppedAt.clear();
    }
}
