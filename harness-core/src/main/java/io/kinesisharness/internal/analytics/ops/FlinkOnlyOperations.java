package io.kinesisharness.internal.analytics.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.dispatch.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.kinesisharness.internal.analytics.ops.Descriptions.JSON;

/**
 * The v2 operations AWS offers for Apache Flink applications only (snapshots, versions, operations, VPC, maintenance,
 * rollback, Studio URLs). A SQL application gets the refusal AWS documents for them; a Flink application's
 * snapshots, versions and operations are recorded (it never runs here, so a snapshot holds no state).
 */
public final class FlinkOnlyOperations {

    private final ApplicationOperations ops;
    private final ControlledClock clock;

    public FlinkOnlyOperations(ApplicationOperations ops, ControlledClock clock) {
        this.ops = ops;
        this.clock = clock;
    }

    private Application flink(RequestContext ctx, JsonNode in, String operation) {
        Application app = ops.find(ctx.scope(), in.path("ApplicationName").asText(), Api.V2);
        if (app.isSql()) {
            throw AnalyticsException.invalidArgument(operation + " is not supported for SQL applications; it is "
                    + "supported for Apache Flink applications only");
        }
        return app;
    }

    public ObjectNode createSnapshot(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "CreateApplicationSnapshot");
            String name = in.path("SnapshotName").asText();
            if (app.snapshots().containsKey(name)) {
                throw AnalyticsException.inUse("Snapshot " + name + " already exists for application "
                        + app.name());
            }
            if (app.status(clock.now()) != Application.Status.RUNNING) {
                throw AnalyticsException.invalidConfiguration("Snapshots can only be created for a RUNNING "
                        + "application");
            }
            ObjectNode s = JSON.createObjectNode();
            s.put("SnapshotName", name);
            s.put("SnapshotStatus", "READY");
            s.put("ApplicationVersionId", app.version());
            s.put("SnapshotCreationTimestamp", Descriptions.seconds(clock.now()));
            s.put("RuntimeEnvironment", app.runtime());
            app.snapshots().put(name, s);
            return JSON.createObjectNode();
        }
    }

    public ObjectNode deleteSnapshot(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "DeleteApplicationSnapshot");
            snapshot(app, in.path("SnapshotName").asText());
            app.snapshots().remove(in.path("SnapshotName").asText());
            return JSON.createObjectNode();
        }
    }

    public ObjectNode describeSnapshot(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "DescribeApplicationSnapshot");
            ObjectNode out = JSON.createObjectNode();
            out.set("SnapshotDetails", snapshot(app, in.path("SnapshotName").asText()).deepCopy());
            return out;
        }
    }

    public ObjectNode listSnapshots(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "ListApplicationSnapshots");
            return page(new ArrayList<>(app.snapshots().values()), in, "SnapshotSummaries");
        }
    }

    private static ObjectNode snapshot(Application app, String name) {
        ObjectNode s = app.snapshots().get(name);
        if (s == null) {
            throw AnalyticsException.notFound("Snapshot " + name + " not found for application " + app.name());
        }
        return s;
    }

    public ObjectNode describeVersion(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "DescribeApplicationVersion");
            long v = in.path("ApplicationVersionId").asLong();
            ObjectNode detail = v == app.version() ? Descriptions.v2(app, clock.now()) : app.history().get(v);
            if (detail == null) {
                throw AnalyticsException.notFound("Version " + v + " of application " + app.name() + " not found");
            }
            ObjectNode out = JSON.createObjectNode();
            out.set("ApplicationVersionDetail", detail.deepCopy());
            return out;
        }
    }

    public ObjectNode listVersions(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "ListApplicationVersions");
            List<ObjectNode> items = new ArrayList<>();
            app.history().forEach((v, d) -> items.add(JSON.createObjectNode().put("ApplicationVersionId", v)
                    .put("ApplicationStatus", d.path("ApplicationStatus").asText())));
            items.add(JSON.createObjectNode().put("ApplicationVersionId", app.version())
                    .put("ApplicationStatus", app.status(clock.now()).name()));
            return page(items, in, "ApplicationVersionSummaries");
        }
    }

    public ObjectNode describeOperation(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "DescribeApplicationOperation");
            String id = in.path("OperationId").asText();
            for (ObjectNode o : app.operations()) {
                if (o.path("OperationId").asText().equals(id)) {
                    ObjectNode out = JSON.createObjectNode();
                    out.set("ApplicationOperationInfoDetails", o.deepCopy());
                    return out;
                }
            }
            throw AnalyticsException.notFound("Operation " + id + " not found for application " + app.name());
        }
    }

    public ObjectNode listOperations(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "ListApplicationOperations");
            List<ObjectNode> items = new ArrayList<>();
            for (ObjectNode o : app.operations()) {
                boolean kind = !in.has("Operation") || o.path("Operation").asText().equals(in.get("Operation")
                        .asText());
                boolean status = !in.has("OperationStatus") || o.path("OperationStatus").asText()
                        .equals(in.get("OperationStatus").asText());
                if (kind && status) {
                    items.add(o);
                }
            }
            return page(items, in, "ApplicationOperationInfoList");
        }
    }

    public ObjectNode addVpc(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "AddApplicationVpcConfiguration");
            if (app.vpcConfiguration() != null) {
                throw AnalyticsException.invalidArgument("Application " + app.name() + " already has a VPC "
                        + "configuration");
            }
            ObjectNode vpc = in.path("VpcConfiguration").deepCopy();
            vpc.put("VpcConfigurationId", "1.1");
            vpc.put("VpcId", "vpc-" + Integer.toHexString(vpc.path("SubnetIds").toString().hashCode()));
            app.vpcConfiguration(vpc);
            app.bump(clock.now(), Descriptions.v2(app, clock.now()));
            ObjectNode out = JSON.createObjectNode();
            out.put("ApplicationARN", app.arn());
            out.put("ApplicationVersionId", app.version());
            out.set("VpcConfigurationDescription", vpc.deepCopy());
            out.put("OperationId", UUID.randomUUID().toString());
            return out;
        }
    }

    public ObjectNode deleteVpc(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "DeleteApplicationVpcConfiguration");
            if (app.vpcConfiguration() == null || !app.vpcConfiguration().path("VpcConfigurationId").asText()
                    .equals(in.path("VpcConfigurationId").asText())) {
                throw AnalyticsException.notFound("VPC configuration " + in.path("VpcConfigurationId").asText()
                        + " not found");
            }
            app.vpcConfiguration(null);
            app.bump(clock.now(), Descriptions.v2(app, clock.now()));
            ObjectNode out = JSON.createObjectNode();
            out.put("ApplicationARN", app.arn());
            out.put("ApplicationVersionId", app.version());
            out.put("OperationId", UUID.randomUUID().toString());
            return out;
        }
    }

    public ObjectNode updateMaintenance(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "UpdateApplicationMaintenanceConfiguration");
            ObjectNode out = JSON.createObjectNode();
            out.put("ApplicationARN", app.arn());
            String start = in.path("ApplicationMaintenanceConfigurationUpdate")
                    .path("ApplicationMaintenanceWindowStartTimeUpdate").asText();
            ObjectNode d = out.putObject("ApplicationMaintenanceConfigurationDescription");
            d.put("ApplicationMaintenanceWindowStartTime", start);
            d.put("ApplicationMaintenanceWindowEndTime", start);
            return out;
        }
    }

    public ObjectNode rollback(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "RollbackApplication");
            throw AnalyticsException.unsupported("RollbackApplication (application " + app.name() + " never runs "
                    + "here, so it has no running version to roll back)");
        }
    }

    public ObjectNode presignedUrl(RequestContext ctx, JsonNode in) {
        synchronized (ops.applications()) {
            Application app = flink(ctx, in, "CreateApplicationPresignedUrl");
            throw AnalyticsException.unsupported("CreateApplicationPresignedUrl (the Flink dashboard and Studio "
                    + "notebooks of application " + app.name() + ")");
        }
    }

    private static ObjectNode page(List<ObjectNode> items, JsonNode in, String member) {
        int limit = in.path("Limit").asInt(50);
        int from = 0;
        if (in.has("NextToken")) {
            try {
                from = Integer.parseInt(in.get("NextToken").asText());
            } catch (NumberFormatException e) {
                from = -1;
            }
            if (from < 0) {
                throw AnalyticsException.invalidArgument("Invalid NextToken " + in.get("NextToken").asText());
            }
        }
        int to = Math.min(items.size(), from + limit);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode a = out.putArray(member);
        for (ObjectNode o : items.subList(Math.min(from, items.size()), to)) {
            a.add(o.deepCopy());
        }
        if (to < items.size()) {
            out.put("NextToken", Integer.toString(to));
        }
        return out;
    }
}
