package io.kinesisharness.internal.analytics.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.analytics.model.Application.Status;
import io.kinesisharness.internal.analytics.model.Applications;
import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.errors.AwsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.kinesisharness.internal.analytics.ops.Descriptions.JSON;

/**
 * The application operations both APIs share, on requests read as JSON trees (each already checked against its
 * API's model): the lifecycle READY → STARTING → RUNNING → STOPPING → READY with UPDATING while a running
 * application takes a new configuration, on the harness clock (each step as long as the settings say; none by
 * default), the version id every change checks and bumps, and AWS's limits.
 */
public final class ApplicationOperations {

    /** Applications per account and region (AWS's default quota). */
    static final int MAX_APPLICATIONS = 50;
    static final int MAX_OUTPUTS = 3;
    static final int MAX_TAGS = 50;

    private final Applications apps;
    private final ControlledClock clock;
    private final Runs runs;
    private final Supplier<Duration> transition;

    public ApplicationOperations(Applications apps, ControlledClock clock, Runs runs, Supplier<Duration> transition) {
        this.apps = apps;
        this.clock = clock;
        this.runs = runs;
        this.transition = transition;
    }

    public Applications applications() {
        return apps;
    }

    private Instant now() {
        return clock.now();
    }

    // ---- create, describe, list, delete ----

    public ObjectNode create(RequestContext ctx, JsonNode in, Api api) {
        Scope scope = ctx.scope();
        String name = in.path("ApplicationName").asText();
        synchronized (apps) {
            if (apps.find(scope, name) != null) {
                throw AnalyticsException.inUse("Application " + name + " already exists");
            }
            if (apps.list(scope).size() >= MAX_APPLICATIONS) {
                throw AnalyticsException.limit("Maximum number of applications (" + MAX_APPLICATIONS
                        + ") per account and region reached");
            }
            String runtime = api == Api.V1 ? "SQL-1_0" : in.path("RuntimeEnvironment").asText();
            Application app = new Application(name, scope.arn("kinesisanalytics", "application/" + name), runtime,
                    now());
            if (in.has("ApplicationDescription")) {
                app.description(in.get("ApplicationDescription").asText());
            }
            if (in.has("ServiceExecutionRole")) {
                app.serviceExecutionRole(in.get("ServiceExecutionRole").asText());
            }
            if (in.has("ApplicationMode")) {
                app.applicationMode(in.get("ApplicationMode").asText());
            } else if (api == Api.V2) {
                app.applicationMode("STREAMING");
            }
            JsonNode sql;
            String code;
            if (api == Api.V1) {
                sql = in;
                code = in.has("ApplicationCode") ? in.get("ApplicationCode").asText() : null;
            } else {
                JsonNode config = in.path("ApplicationConfiguration");
                sql = config.path("SqlApplicationConfiguration");
                code = config.path("ApplicationCodeConfiguration").path("CodeContent").has("TextContent")
                        ? config.path("ApplicationCodeConfiguration").path("CodeContent").get("TextContent").asText()
                        : null;
                if (!app.isSql()) {
                    FlinkConfigurations.check(config, runtime);
                    app.flinkConfiguration(FlinkConfigurations.describe(config));
                } else if (config.has("FlinkApplicationConfiguration") || config.has("EnvironmentProperties")
                        || config.has("ZeppelinApplicationConfiguration")) {
                    throw AnalyticsException.invalidArgument("Flink and Zeppelin configuration is not allowed for "
                            + "SQL applications");
                }
            }
            if (code != null && app.isSql()) {
                runs.checkSyntax(code);
            }
            app.code(code);
            if (app.isSql()) {
                List<JsonNode> inputs = list(sql.path("Inputs"));
                List<JsonNode> outputs = list(sql.path("Outputs"));
                if (inputs.size() > 1) {
                    throw AnalyticsException.invalidArgument("An application can have only one streaming source");
                }
                if (outputs.size() > MAX_OUTPUTS) {
                    throw AnalyticsException.limit("An application can have at most " + MAX_OUTPUTS + " outputs");
                }
                List<JsonNode> refs = list(sql.path("ReferenceDataSources"));
                if (refs.size() > 1) {
                    throw AnalyticsException.invalidArgument("An application can have only one reference data "
                            + "source");
                }
                for (JsonNode i : inputs) {
                    ConfigRules.input(i, api, scope);
                    app.inputs().add(Descriptions.input(app.nextId(), i));
                }
                for (JsonNode o : outputs) {
                    ConfigRules.output(o, app, null);
                    app.outputs().add(Descriptions.output(app.nextId(), o));
                }
                for (JsonNode r : refs) {
                    ConfigRules.reference(r, app, null);
                    app.references().add(Descriptions.reference(app.nextId(), r));
                }
            }
            for (JsonNode l : list(in.path("CloudWatchLoggingOptions"))) {
                app.logging().add(Descriptions.logging(app.nextId(), l));
            }
            tags(app, in.path("Tags"));
            apps.add(scope, app);
            if (api == Api.V1) {
                ObjectNode out = JSON.createObjectNode();
                ObjectNode summary = out.putObject("ApplicationSummary");
                summary.put("ApplicationName", app.name());
                summary.put("ApplicationARN", app.arn());
                summary.put("ApplicationStatus", app.status(now()).name());
                return out;
            }
            ObjectNode out = JSON.createObjectNode();
            out.set("ApplicationDetail", Descriptions.v2(app, now()));
            return out;
        }
    }

    public ObjectNode describe(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = find(ctx.scope(), in.path("ApplicationName").asText(), api);
            ObjectNode out = JSON.createObjectNode();
            out.set("ApplicationDetail", api == Api.V1 ? Descriptions.v1(app, now()) : Descriptions.v2(app, now()));
            return out;
        }
    }

    public ObjectNode list(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            List<Application> all = new ArrayList<>();
            for (Application a : apps.list(ctx.scope())) {
                if (api == Api.V2 || a.isSql()) {
                    all.add(a);
                }
            }
            int limit = in.path("Limit").asInt(api == Api.V1 ? 40 : 50);
            String after = api == Api.V1 ? in.path("ExclusiveStartApplicationName").asText(null)
                    : in.path("NextToken").asText(null);
            int from = 0;
            if (after != null) {
                while (from < all.size() && all.get(from).name().compareTo(after) <= 0) {
                    from++;
                }
            }
            int to = Math.min(all.size(), from + limit);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode summaries = out.putArray("ApplicationSummaries");
            for (Application a : all.subList(from, to)) {
                ObjectNode s = summaries.addObject();
                s.put("ApplicationName", a.name());
                s.put("ApplicationARN", a.arn());
                s.put("ApplicationStatus", a.status(now()).name());
                if (api == Api.V2) {
                    s.put("ApplicationVersionId", a.version());
                    s.put("RuntimeEnvironment", a.runtime());
                    if (a.applicationMode() != null) {
                        s.put("ApplicationMode", a.applicationMode());
                    }
                }
            }
            if (api == Api.V1) {
                out.put("HasMoreApplications", to < all.size());
            } else if (to < all.size()) {
                out.put("NextToken", all.get(to - 1).name());
            }
            return out;
        }
    }

    /** DeleteApplication: its CreateTimestamp (epoch seconds in the tree) must be the application's. */
    public ObjectNode delete(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = find(ctx.scope(), in.path("ApplicationName").asText(), api);
            JsonNode created = in.path("CreateTimestamp");
            if (!created.isNumber() || (long) Math.floor(created.asDouble()) != app.created().getEpochSecond()) {
                throw AnalyticsException.invalidArgument("Invalid CreateTimestamp " + created.asText()
                        + " for application " + app.name());
            }
            Status s = app.status(now());
            if (s == Status.STARTING || s == Status.STOPPING || s == Status.UPDATING || s == Status.DELETING) {
                throw AnalyticsException.inUse("Application " + app.name() + " is in " + s + " status");
            }
            runs.stop(app);
            apps.remove(ctx.scope(), app.name());
            return JSON.createObjectNode();
        }
    }

    // ---- start, stop ----

    public ObjectNode start(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = find(ctx.scope(), in.path("ApplicationName").asText(), api);
            Status s = app.status(now());
            if (s != Status.READY) {
                throw AnalyticsException.inUse("Application " + app.name() + " is in " + s
                        + " status. It can only be started when it is READY.");
            }
            if (!app.isSql()) {
                throw AnalyticsException.unsupported("Running " + app.runtime() + " applications");
            }
            if (app.inputs().isEmpty()) {
                throw AnalyticsException.invalidArgument("Application " + app.name() + " has no input to read");
            }
            Map<String, String> positions = new HashMap<>();
            List<JsonNode> configs = api == Api.V1 ? list(in.path("InputConfigurations"))
                    : list(in.path("RunConfiguration").path("SqlRunConfigurations"));
            for (JsonNode c : configs) {
                String id = api == Api.V1 ? c.path("Id").asText() : c.path("InputId").asText();
                ObjectNode input = byId(app.inputs(), "InputId", id, "Input");
                String position = c.path("InputStartingPositionConfiguration").path("InputStartingPosition")
                        .asText("NOW");
                if (position.equals("TRIM_HORIZON") && input.has("KinesisFirehoseInputDescription")) {
                    throw AnalyticsException.invalidArgument("TRIM_HORIZON is not a valid starting position for a "
                            + "Kinesis Data Firehose input");
                }
                positions.put(id, position);
                input.putObject("InputStartingPositionConfiguration").put("InputStartingPosition", position);
            }
            for (ObjectNode i : app.inputs()) {
                positions.putIfAbsent(i.path("InputId").asText(), "NOW");
            }
            runs.start(ctx.scope(), app, positions);
            Duration d = transition.get();
            if (d.isZero()) {
                app.status(Status.RUNNING);
            } else {
                app.status(Status.STARTING, now().plus(d), Status.RUNNING);
            }
            app.operations().add(operation("StartApplication", app));
            return operationId(api, app);
        }
    }

    public ObjectNode stop(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = find(ctx.scope(), in.path("ApplicationName").asText(), api);
            Status s = app.status(now());
            if (s == Status.READY) {
                // AWS answers a stop of a stopped application without error.
                return operationId(api, app);
            }
            if (s != Status.RUNNING && !(s == Status.STARTING && in.path("Force").asBoolean(false))) {
                throw AnalyticsException.inUse("Application " + app.name() + " is in " + s
                        + " status. It can only be stopped when it is RUNNING.");
            }
            runs.stop(app);
            Duration d = transition.get();
            if (d.isZero()) {
                app.status(Status.READY);
            } else {
                app.status(in.path("Force").asBoolean(false) ? Status.FORCE_STOPPING : Status.STOPPING,
                        now().plus(d), Status.READY);
            }
            app.operations().add(operation("StopApplication", app));
            return operationId(api, app);
        }
    }

    private ObjectNode operationId(Api api, Application app) {
        ObjectNode out = JSON.createObjectNode();
        if (api == Api.V2) {
            List<ObjectNode> ops = app.operations();
            out.put("OperationId", ops.isEmpty() ? UUID.randomUUID().toString()
                    : ops.get(ops.size() - 1).path("OperationId").asText());
        }
        return out;
    }

    private ObjectNode operation(String name, Application app) {
        ObjectNode o = JSON.createObjectNode();
        o.put("Operation", name);
        o.put("OperationId", UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        o.put("StartTime", Descriptions.seconds(now()));
        o.put("EndTime", Descriptions.seconds(now()));
        o.put("OperationStatus", "SUCCESSFUL");
        o.put("ApplicationVersionId", app.version());
        return o;
    }

    // ---- configuration changes ----

    /**
     * Runs a change under the version check: the version given must be the current one; the change then bumps it,
     * and a running application takes the new configuration (UPDATING, then RUNNING again).
     */
    private Application change(RequestContext ctx, JsonNode in, Api api, java.util.function.Consumer<Application> c) {
        Application app = find(ctx.scope(), in.path("ApplicationName").asText(), api);
        Status s = app.status(now());
        if (s != Status.READY && s != Status.RUNNING) {
            throw AnalyticsException.inUse("Application " + app.name() + " is in " + s + " status");
        }
        checkVersion(app, in);
        ObjectNode before = Descriptions.v2(app, now());
        Application.Configuration previous = app.configuration();
        boolean wasRunning = runs.running(app);
        try {
            c.accept(app);
        } catch (RuntimeException e) {
            app.restore(previous);
            throw e;
        }
        if (wasRunning) {
            // The running application takes the new configuration from where it stopped reading; one that cannot
            // run (its SQL no longer matches its input) is refused and the old one runs on.
            runs.stop(app);
            Map<String, String> positions = new HashMap<>();
            app.inputs().forEach(i -> positions.put(i.path("InputId").asText(), "LAST_STOPPED_POINT"));
            try {
                runs.start(ctx.scope(), app, positions);
            } catch (RuntimeException e) {
                app.restore(previous);
                runs.start(ctx.scope(), app, positions);
                throw e;
            }
        }
        app.bump(now(), before);
        if (wasRunning) {
            Duration d = transition.get();
            if (!d.isZero()) {
                app.status(Status.UPDATING, now().plus(d), Status.RUNNING);
            }
        }
        app.operations().add(operation("UpdateApplication", app));
        return app;
    }

    private static void checkVersion(Application app, JsonNode in) {
        if (in.has("CurrentApplicationVersionId")) {
            long given = in.get("CurrentApplicationVersionId").asLong();
            if (given != app.version()) {
                throw AnalyticsException.concurrent("Current application version ID provided is " + given
                        + " but the application's version ID is " + app.version() + ".");
            }
        } else if (in.has("ConditionalToken")) {
            if (!in.get("ConditionalToken").asText().equals(conditionalToken(app))) {
                throw AnalyticsException.concurrent("ConditionalToken does not match the application's current "
                        + "version");
            }
        } else {
            throw AnalyticsException.invalidArgument("Either CurrentApplicationVersionId or ConditionalToken must be "
                    + "provided");
        }
    }

    static String conditionalToken(Application app) {
        return Long.toHexString(app.arn().hashCode() * 31L + app.version());
    }

    public ObjectNode update(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> Updates.apply(a, in, api, runs, ctx.scope()));
            ObjectNode out = JSON.createObjectNode();
            if (api == Api.V2) {
                out.set("ApplicationDetail", Descriptions.v2(app, now()));
                out.put("OperationId", app.operations().get(app.operations().size() - 1).path("OperationId")
                        .asText());
            }
            return out;
        }
    }

    public ObjectNode addInput(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> {
                sqlOnly(a, "AddApplicationInput");
                if (!a.inputs().isEmpty()) {
                    throw AnalyticsException.invalidArgument("Application " + a.name() + " already has an input; "
                            + "an application can have only one streaming source");
                }
                ConfigRules.input(in.path("Input"), api, ctx.scope());
                a.inputs().add(Descriptions.input(a.nextId(), in.path("Input")));
            });
            return v2Parts(api, app, "InputDescriptions", app.inputs());
        }
    }

    public ObjectNode addInputProcessing(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            String[] id = new String[1];
            Application app = change(ctx, in, api, a -> {
                ObjectNode input = byId(a.inputs(), "InputId", in.path("InputId").asText(), "Input");
                if (input.has("InputProcessingConfigurationDescription")) {
                    throw AnalyticsException.invalidArgument("Input " + input.path("InputId").asText()
                            + " already has an input processing configuration");
                }
                input.set("InputProcessingConfigurationDescription",
                        Descriptions.processing(in.path("InputProcessingConfiguration")));
                id[0] = input.path("InputId").asText();
            });
            ObjectNode out = v2Base(api, app);
            if (api == Api.V2) {
                out.put("InputId", id[0]);
                out.set("InputProcessingConfigurationDescription", byId(app.inputs(), "InputId", id[0], "Input")
                        .get("InputProcessingConfigurationDescription").deepCopy());
            }
            return out;
        }
    }

    public ObjectNode deleteInputProcessing(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> {
                ObjectNode input = byId(a.inputs(), "InputId", in.path("InputId").asText(), "Input");
                input.remove("InputProcessingConfigurationDescription");
            });
            return v2Base(api, app);
        }
    }

    public ObjectNode addOutput(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> {
                sqlOnly(a, "AddApplicationOutput");
                if (a.outputs().size() >= MAX_OUTPUTS) {
                    throw AnalyticsException.limit("An application can have at most " + MAX_OUTPUTS + " outputs");
                }
                ConfigRules.output(in.path("Output"), a, null);
                a.outputs().add(Descriptions.output(a.nextId(), in.path("Output")));
            });
            return v2Parts(api, app, "OutputDescriptions", app.outputs());
        }
    }

    public ObjectNode deleteOutput(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> a.outputs().remove(byId(a.outputs(), "OutputId",
                    in.path("OutputId").asText(), "Output")));
            return v2Base(api, app);
        }
    }

    public ObjectNode addReference(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> {
                sqlOnly(a, "AddApplicationReferenceDataSource");
                if (!a.references().isEmpty()) {
                    throw AnalyticsException.invalidArgument("An application can have only one reference data "
                            + "source");
                }
                ConfigRules.reference(in.path("ReferenceDataSource"), a, null);
                a.references().add(Descriptions.reference(a.nextId(), in.path("ReferenceDataSource")));
            });
            return v2Parts(api, app, "ReferenceDataSourceDescriptions", app.references());
        }
    }

    public ObjectNode deleteReference(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> a.references().remove(byId(a.references(), "ReferenceId",
                    in.path("ReferenceId").asText(), "Reference data source")));
            return v2Base(api, app);
        }
    }

    public ObjectNode addLogging(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> {
                String arn = in.path("CloudWatchLoggingOption").path("LogStreamARN").asText();
                for (ObjectNode l : a.logging()) {
                    if (l.path("LogStreamARN").asText().equals(arn)) {
                        throw AnalyticsException.invalidArgument("Log stream " + arn + " is already an option of "
                                + "application " + a.name());
                    }
                }
                a.logging().add(Descriptions.logging(a.nextId(), in.path("CloudWatchLoggingOption")));
            });
            ObjectNode out = v2Parts(api, app, "CloudWatchLoggingOptionDescriptions", app.logging());
            return withOperation(api, app, out);
        }
    }

    public ObjectNode deleteLogging(RequestContext ctx, JsonNode in, Api api) {
        synchronized (apps) {
            Application app = change(ctx, in, api, a -> a.logging().remove(byId(a.logging(),
                    "CloudWatchLoggingOptionId", in.path("CloudWatchLoggingOptionId").asText(),
                    "CloudWatch logging option")));
            ObjectNode out = v2Parts(api, app, "CloudWatchLoggingOptionDescriptions", app.logging());
            return withOperation(api, app, out);
        }
    }

    private static ObjectNode withOperation(Api api, Application app, ObjectNode out) {
        if (api == Api.V2) {
            out.put("OperationId", app.operations().get(app.operations().size() - 1).path("OperationId").asText());
        }
        return out;
    }

    private static ObjectNode v2Base(Api api, Application app) {
        ObjectNode out = JSON.createObjectNode();
        if (api == Api.V2) {
            out.put("ApplicationARN", app.arn());
            out.put("ApplicationVersionId", app.version());
        }
        return out;
    }

    private static ObjectNode v2Parts(Api api, Application app, String member, List<ObjectNode> parts) {
        ObjectNode out = v2Base(api, app);
        if (api == Api.V2) {
            out.set(member, Descriptions.array(parts));
        }
        return out;
    }

    private static void sqlOnly(Application app, String operation) {
        if (!app.isSql()) {
            throw AnalyticsException.invalidArgument(operation + " is only supported for SQL applications");
        }
    }

    // ---- tags ----

    public ObjectNode tagResource(RequestContext ctx, JsonNode in) {
        synchronized (apps) {
            Application app = byArn(ctx, in.path("ResourceARN").asText());
            Map<String, String> merged = new java.util.LinkedHashMap<>(app.tags());
            for (JsonNode t : list(in.path("Tags"))) {
                merged.put(t.path("Key").asText(), t.path("Value").asText(""));
            }
            if (merged.size() > MAX_TAGS) {
                throw AnalyticsException.tooManyTags("Application " + app.name() + " would have " + merged.size()
                        + " tags; the maximum number of user-defined application tags is " + MAX_TAGS);
            }
            app.tags().clear();
            app.tags().putAll(merged);
            return JSON.createObjectNode();
        }
    }

    public ObjectNode untagResource(RequestContext ctx, JsonNode in) {
        synchronized (apps) {
            Application app = byArn(ctx, in.path("ResourceARN").asText());
            for (JsonNode k : list(in.path("TagKeys"))) {
                app.tags().remove(k.asText());
            }
            return JSON.createObjectNode();
        }
    }

    public ObjectNode listTags(RequestContext ctx, JsonNode in) {
        synchronized (apps) {
            Application app = byArn(ctx, in.path("ResourceARN").asText());
            ObjectNode out = JSON.createObjectNode();
            ArrayNode tags = out.putArray("Tags");
            app.tags().forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
            return out;
        }
    }

    private void tags(Application app, JsonNode tags) {
        for (JsonNode t : list(tags)) {
            app.tags().put(t.path("Key").asText(), t.path("Value").asText(""));
        }
        if (app.tags().size() > MAX_TAGS) {
            throw AnalyticsException.tooManyTags("The maximum number of user-defined application tags is "
                    + MAX_TAGS);
        }
    }

    private Application byArn(RequestContext ctx, String arn) {
        int slash = arn.lastIndexOf("application/");
        if (slash < 0) {
            throw AnalyticsException.invalidArgument("Invalid resource ARN " + arn);
        }
        Application app = apps.find(ctx.scope(), arn.substring(slash + "application/".length()));
        if (app == null || !app.arn().equals(arn)) {
            throw AnalyticsException.notFound("Resource " + arn + " not found");
        }
        return app;
    }

    // ---- lookups ----

    Application find(Scope scope, String name, Api api) {
        Application app = apps.find(scope, name);
        if (app == null || api == Api.V1 && !app.isSql()) {
            throw AnalyticsException.notFound("Application " + name + " is not found under account "
                    + scope.accountId() + ".");
        }
        return app;
    }

    static ObjectNode byId(List<ObjectNode> parts, String idMember, String id, String what) {
        for (ObjectNode p : parts) {
            if (p.path(idMember).asText().equals(id)) {
                return p;
            }
        }
        throw AnalyticsException.notFound(what + " with id " + id + " not found");
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
                out.add(it.next());
            }
        }
        return out;
    }
}
