package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.AttributeDefinition;
import io.kinesisharness.internal.dynamodb.api.CreateGlobalSecondaryIndexAction;
import io.kinesisharness.internal.dynamodb.api.CreateTableInput;
import io.kinesisharness.internal.dynamodb.api.DeleteTableInput;
import io.kinesisharness.internal.dynamodb.api.DescribeContinuousBackupsInput;
import io.kinesisharness.internal.dynamodb.api.DescribeTableInput;
import io.kinesisharness.internal.dynamodb.api.DescribeTimeToLiveInput;
import io.kinesisharness.internal.dynamodb.api.GlobalSecondaryIndex;
import io.kinesisharness.internal.dynamodb.api.GlobalSecondaryIndexUpdate;
import io.kinesisharness.internal.dynamodb.api.ListTablesInput;
import io.kinesisharness.internal.dynamodb.api.ListTablesOutput;
import io.kinesisharness.internal.dynamodb.api.ListTagsOfResourceInput;
import io.kinesisharness.internal.dynamodb.api.ListTagsOfResourceOutput;
import io.kinesisharness.internal.dynamodb.api.LocalSecondaryIndex;
import io.kinesisharness.internal.dynamodb.api.OnDemandThroughput;
import io.kinesisharness.internal.dynamodb.api.Projection;
import io.kinesisharness.internal.dynamodb.api.ProvisionedThroughput;
import io.kinesisharness.internal.dynamodb.api.SSEDescription;
import io.kinesisharness.internal.dynamodb.api.Tag;
import io.kinesisharness.internal.dynamodb.api.TagResourceInput;
import io.kinesisharness.internal.dynamodb.api.TimeToLiveSpecification;
import io.kinesisharness.internal.dynamodb.api.UntagResourceInput;
import io.kinesisharness.internal.dynamodb.api.UpdateContinuousBackupsInput;
import io.kinesisharness.internal.dynamodb.api.UpdateTableInput;
import io.kinesisharness.internal.dynamodb.api.UpdateTimeToLiveInput;
import io.kinesisharness.internal.dynamodb.api.UpdateTimeToLiveOutput;
import io.kinesisharness.internal.dynamodb.api.WarmThroughput;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.TableSettings;
import io.kinesisharness.internal.dynamodb.model.Throughputs;
import io.kinesisharness.internal.errors.AwsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The table operations: create, describe, list, update, delete; TTL, continuous backups, tags, limits. */
public final class TableOperations {

    private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9_.-]+");

    private final DynamoDbEngine engine;

    public TableOperations(DynamoDbEngine engine) {
        this.engine = engine;
    }

    public Map<String, Object> createTable(RequestContext ctx, CreateTableInput in) {
        refuseUnserved("ResourcePolicy", in.resourcePolicy(), "resource policies");
        refuseUnserved("GlobalTableSourceArn", in.globalTableSourceArn(), "global tables");
        refuseUnserved("GlobalTableSettingsReplicationMode", in.globalTableSettingsReplicationMode(),
                "global tables");
        refuseUnserved("VectorIndexes", in.vectorIndexes(), "vector indexes");
        DynamoDbEngine.Target target = engine.target(ctx.scope(), in.tableName());
        Instant now = engine.now();
        String billing = in.billingMode() == null ? "PROVISIONED" : in.billingMode();
        ProvisionedThroughput pt = in.provisionedThroughput();
        checkBilling(billing, pt);
        List<AttributeDefinition> defs = in.attributeDefinitions();
        KeySchema key = KeySchemas.of(in.keySchema(), defs);
        Set<String> used = new HashSet<>(List.of(key.hashName()));
        if (key.hasRange()) {
            used.add(key.rangeName());
        }
        boolean hasIndexes = in.localSecondaryIndexes() != null || in.globalSecondaryIndexes() != null;
        if (!hasIndexes && defs.size() != used.size()) {
            throw DynamoDbErrors.invalidParameter("Number of attributes in KeySchema does not exactly match number of "
                    + "attributes defined in AttributeDefinitions");
        }
        Instant activeAt = now.plus(engine.createDelay());
        List<SecondaryIndex> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (in.localSecondaryIndexes() != null) {
            if (in.localSecondaryIndexes().isEmpty()) {
                throw DynamoDbErrors.invalidParameter("List of LocalSecondaryIndexes is empty");
            }
            if (!key.hasRange()) {
                throw DynamoDbErrors.invalidParameter("Table KeySchema does not have a range key, which is required when "
                        + "specifying a LocalSecondaryIndex");
            }
            for (LocalSecondaryIndex l : in.localSecondaryIndexes()) {
                KeySchema k = KeySchemas.of(l.keySchema(), defs);
                if (!k.hasRange()) {
                    throw DynamoDbErrors.invalidParameter("Index KeySchema does not have a range key for index: "
                            + l.indexName());
                }
                if (!k.hashName().equals(key.hashName())) {
                    throw DynamoDbErrors.invalidParameter("Index KeySchema does not have the same leading hash key as "
                            + "table KeySchema for index: " + l.indexName() + ". index hash key: " + k.hashName()
                            + ", table hash key: " + key.hashName());
                }
                checkProjection(l.projection());
                if (!names.add(l.indexName())) {
                    throw DynamoDbErrors.invalidParameter("Duplicate index name: " + l.indexName());
                }
                used.add(k.rangeName());
                indexes.add(new SecondaryIndex(l.indexName(), k, false, l.projection().projectionType(),
                        l.projection().nonKeyAttributes(), activeAt, 0, 0));
            }
            if (in.localSecondaryIndexes().size() > 5) {
                throw DynamoDbErrors.invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of 5");
            }
        }
        if (in.globalSecondaryIndexes() != null) {
            if (in.globalSecondaryIndexes().isEmpty()) {
                throw DynamoDbErrors.invalidParameter("List of GlobalSecondaryIndexes is empty");
            }
            for (GlobalSecondaryIndex g : in.globalSecondaryIndexes()) {
                KeySchema k = KeySchemas.of(g.keySchema(), defs);
                checkProjection(g.projection());
                checkIndexThroughput(billing, g.indexName(), g.provisionedThroughput());
                if (!names.add(g.indexName())) {
                    throw DynamoDbErrors.invalidParameter("Duplicate index name: " + g.indexName());
                }
                used.add(k.hashName());
                if (k.hasRange()) {
                    used.add(k.rangeName());
                }
                ProvisionedThroughput gpt = g.provisionedThroughput();
                SecondaryIndex index = new SecondaryIndex(g.indexName(), k, true, g.projection().projectionType(),
                        g.projection().nonKeyAttributes(), activeAt, gpt == null ? 0 : gpt.readCapacityUnits(),
                        gpt == null ? 0 : gpt.writeCapacityUnits());
                index.onDemand(onDemand(g.onDemandThroughput(), null));
                index.warm(warm(g.warmThroughput(), null));
                indexes.add(index);
            }
            if (in.globalSecondaryIndexes().size() > 20) {
                throw DynamoDbErrors.invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of 20");
            }
        }
        if (hasIndexes && defs.size() != used.size()) {
            TreeSet<String> all = new TreeSet<>();
            defs.forEach(d -> all.add(d.attributeName()));
            throw DynamoDbErrors.invalidParameter("Some AttributeDefinitions are not used. AttributeDefinitions: "
                    + all + ", keys used: " + new TreeSet<>(used));
        }
        TableSettings settings = new TableSettings(List.copyOf(defs), billing, pt == null ? 0 : pt.readCapacityUnits(),
                pt == null ? 0 : pt.writeCapacityUnits(), in.billingMode() != null,
                "PAY_PER_REQUEST".equals(billing) ? now : null, Boolean.TRUE.equals(in.deletionProtectionEnabled()),
                in.tableClass(), in.streamSpecification(), sse(in.sSESpecification(), target.scope()), null, false,
                onDemand(in.onDemandThroughput(), null), warm(in.warmThroughput(), null));
        Table table = new Table(target.scope(), target.name(), key, settings, now, activeAt,
                engine.timeToLive()::expiresAt);
        indexes.forEach(table::addIndex);
        if (in.tags() != null && !table.tags().putAll(tagMap(in.tags()))) {
            throw tooManyTags();
        }
        engine.tables().add(table, now);
        return Map.of("TableDescription", Descriptions.table(table, now));
    }

    /**
     * A parameter of a feature the harness does not serve is refused naming both, rather than accepted and dropped
     * (a table created "with" a resource policy that then is not there would mislead the test).
     */
    private static void refuseUnserved(String parameter, Object value, String feature) {
        if (value != null) {
            throw DynamoDbErrors.validation("Kinesis Harness does not serve DynamoDB's " + feature + " (" + parameter
                    + ")");
        }
    }

    /** An OnDemandThroughput given (its absent members keep what was there; -1 is no maximum), else the current. */
    private static Throughputs.OnDemand onDemand(OnDemandThroughput given, Throughputs.OnDemand current) {
        if (given == null) {
            return current;
        }
        long read = given.maxReadRequestUnits() != null ? given.maxReadRequestUnits()
                : current != null ? current.maxReadRequestUnits() : -1;
        long write = given.maxWriteRequestUnits() != null ? given.maxWriteRequestUnits()
                : current != null ? current.maxWriteRequestUnits() : -1;
        return new Throughputs.OnDemand(read, write);
    }

    /** A WarmThroughput given (its absent members keep what was there), else the current. */
    private static Throughputs.Warm warm(WarmThroughput given, Throughputs.Warm current) {
        if (given == null) {
            return current;
        }
        long read = given.readUnitsPerSecond() != null ? given.readUnitsPerSecond()
                : current != null ? current.readUnitsPerSecond() : 0;
        long write = given.writeUnitsPerSecond() != null ? given.writeUnitsPerSecond()
                : current != null ? current.writeUnitsPerSecond() : 0;
        return new Throughputs.Warm(read, write);
    }

    private static void checkBilling(String billing, ProvisionedThroughput pt) {
        if ("PAY_PER_REQUEST".equals(billing)) {
            if (pt != null) {
                throw DynamoDbErrors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified "
                        + "when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            if (pt == null || pt.readCapacityUnits() == null || pt.writeCapacityUnits() == null) {
                throw DynamoDbErrors.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be specified "
                        + "when BillingMode is PROVISIONED");
            }
            checkCapacity(pt);
        }
    }

    private static void checkCapacity(ProvisionedThroughput pt) {
        if (pt.readCapacityUnits() > 1_000_000_000_000L) {
            throw DynamoDbErrors.validation("Given value " + pt.readCapacityUnits() + " for ReadCapacityUnits is out of "
                    + "bounds");
        }
        if (pt.writeCapacityUnits() > 1_000_000_000_000L) {
            throw DynamoDbErrors.validation("Given value " + pt.writeCapacityUnits() + " for WriteCapacityUnits is out "
                    + "of bounds");
        }
    }

    private static void checkIndexThroughput(String billing, String index, ProvisionedThroughput pt) {
        if ("PAY_PER_REQUEST".equals(billing) && pt != null) {
            throw DynamoDbErrors.invalidParameter("ProvisionedThroughput should not be specified for index: " + index
                    + " when BillingMode is PAY_PER_REQUEST");
        }
        if (!"PAY_PER_REQUEST".equals(billing) && pt == null) {
            throw DynamoDbErrors.invalidParameter("ProvisionedThroughput must be specified for index: " + index);
        }
    }

    private static void checkProjection(Projection p) {
        if (p == null || p.projectionType() == null) {
            throw DynamoDbErrors.invalidParameter("Unknown ProjectionType: null");
        }
        if (!"INCLUDE".equals(p.projectionType()) && p.nonKeyAttributes() != null) {
            throw DynamoDbErrors.invalidParameter("ProjectionType is " + p.projectionType()
                    + ", but NonKeyAttributes is specified");
        }
    }

    private static SSEDescription sse(io.kinesisharness.internal.dynamodb.api.SSESpecification spec, Scope scope) {
        if (spec == null || !Boolean.TRUE.equals(spec.enabled())) {
            return null;
        }
        String key = spec.kMSMasterKeyId() != null ? spec.kMSMasterKeyId()
                : scope.arn("kms", "key/aws-dynamodb-managed");
        return new SSEDescription("ENABLED", "KMS", key, null);
    }

    public Map<String, Object> describeTable(RequestContext ctx, DescribeTableInput in) {
        Table t = engine.table(ctx.scope(), in.tableName());
        return Map.of("Table", Descriptions.table(t, engine.now()));
    }

    public Map<String, Object> deleteTable(RequestContext ctx, DeleteTableInput in) {
        Instant now = engine.now();
        Table t = engine.table(ctx.scope(), in.tableName());
        String status = t.status(now);
        if ("CREATING".equals(status)) {
            throw DynamoDbErrors.RESOURCE_IN_USE.exception("Attempt to change a resource which is still in use: Table is "
                    + "being created: " + t.name());
        }
        if ("DELETING".equals(status)) {
            throw DynamoDbErrors.RESOURCE_IN_USE.exception("Attempt to change a resource which is still in use: Table is "
                    + "being deleted: " + t.name());
        }
        if (t.settings().deletionProtection()) {
            throw DynamoDbErrors.validation("Resource cannot be deleted as it is currently protected against "
                    + "deletion. Disable deletion protection first.");
        }
        t.markDeleted(now);
        if (engine.deleteDelay().isZero()) {
            engine.tables().remove(t);
        } else {
            engine.tables().delete(t, now.plus(engine.deleteDelay()));
        }
        return Map.of("TableDescription", Descriptions.deleted(t));
    }

    public ListTablesOutput listTables(RequestContext ctx, ListTablesInput in) {
        int limit = in.limit() == null ? 100 : in.limit();
        List<String> all = engine.tables().names(ctx.scope(), in.exclusiveStartTableName(), engine.now());
        List<String> page = all.size() > limit ? all.subList(0, limit) : all;
        String last = all.size() > limit ? page.get(page.size() - 1) : null;
        return new ListTablesOutput(new ArrayList<>(page), last);
    }

    public Map<String, Object> updateTable(RequestContext ctx, UpdateTableInput in) {
        refuseUnserved("ReplicaUpdates", in.replicaUpdates(), "global tables");
        refuseUnserved("MultiRegionConsistency", in.multiRegionConsistency(), "global tables");
        refuseUnserved("GlobalTableWitnessUpdates", in.globalTableWitnessUpdates(), "global tables");
        refuseUnserved("GlobalTableSettingsReplicationMode", in.globalTableSettingsReplicationMode(),
                "global tables");
        refuseUnserved("VectorIndexUpdates", in.vectorIndexUpdates(), "vector indexes");
        Instant now = engine.now();
        Table t = engine.table(ctx.scope(), in.tableName());
        String status = t.status(now);
        if (!"ACTIVE".equals(status)) {
            throw DynamoDbErrors.RESOURCE_IN_USE.exception("Attempt to change a resource which is still in use: Table is "
                    + "being " + ("DELETING".equals(status) ? "deleted" : status.equals("CREATING") ? "created"
                            : "updated") + ": " + t.name());
        }
        TableSettings s = t.settings();
        boolean any = in.provisionedThroughput() != null || in.billingMode() != null
                || in.globalSecondaryIndexUpdates() != null || in.streamSpecification() != null
                || in.sSESpecification() != null || in.replicaUpdates() != null || in.tableClass() != null
                || in.deletionProtectionEnabled() != null || in.onDemandThroughput() != null
                || in.warmThroughput() != null;
        if (!any) {
            throw DynamoDbErrors.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        String billing = in.billingMode() == null ? s.billingMode() : in.billingMode();
        long read = s.readCapacity();
        long write = s.writeCapacity();
        if ("PAY_PER_REQUEST".equals(billing) && in.provisionedThroughput() != null) {
            throw DynamoDbErrors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified "
                    + "when BillingMode is PAY_PER_REQUEST");
        }
        if ("PROVISIONED".equals(billing)) {
            ProvisionedThroughput pt = in.provisionedThroughput();
            if (pt == null && s.payPerRequest()) {
                throw DynamoDbErrors.invalidParameter("ProvisionedThroughput must be specified when BillingMode is "
                        + "PROVISIONED");
            }
            if (pt != null) {
                checkCapacity(pt);
                read = pt.readCapacityUnits();
                write = pt.writeCapacityUnits();
            }
        }
        List<AttributeDefinition> defs = new ArrayList<>(s.attributeDefinitions());
        if (in.attributeDefinitions() != null) {
            for (AttributeDefinition d : in.attributeDefinitions()) {
                AttributeDefinition existing = defs.stream().filter(x -> x.attributeName().equals(d.attributeName()))
                        .findFirst().orElse(null);
                if (existing == null) {
                    defs.add(d);
                } else if (!existing.attributeType().equals(d.attributeType())) {
                    throw DynamoDbErrors.invalidParameter("Attributes cannot be redefined. Please check that your "
                            + "attribute has the same type as previously defined.");
                }
            }
        }
        if (in.globalSecondaryIndexUpdates() != null) {
            applyIndexUpdates(t, in.globalSecondaryIndexUpdates(), defs, billing, now);
        }
        TableSettings updated = new TableSettings(List.copyOf(defs), billing, read, write,
                s.billingModeGiven() || in.billingMode() != null,
                "PAY_PER_REQUEST".equals(billing) && !s.payPerRequest() ? now : s.payPerRequestSince(),
                in.deletionProtectionEnabled() != null ? in.deletionProtectionEnabled() : s.deletionProtection(),
                in.tableClass() != null ? in.tableClass() : s.tableClass(),
                in.streamSpecification() != null ? in.streamSpecification() : s.streams(),
                in.sSESpecification() != null ? sse(in.sSESpecification(), t.scope()) : s.sse(), s.ttlAttribute(),
                s.pointInTimeRecovery(), onDemand(in.onDemandThroughput(), s.onDemand()),
                warm(in.warmThroughput(), s.warm()));
        t.settings(updated);
        return Map.of("TableDescription", Descriptions.table(t, now));
    }

    private void applyIndexUpdates(Table t, List<GlobalSecondaryIndexUpdate> updates, List<AttributeDefinition> defs,
            String billing, Instant now) {
        Set<String> seen = new HashSet<>();
        int creates = 0;
        for (GlobalSecondaryIndexUpdate u : updates) {
            int actions = (u.create() != null ? 1 : 0) + (u.delete() != null ? 1 : 0) + (u.update() != null ? 1 : 0);
            if (actions == 0) {
                throw DynamoDbErrors.invalidParameter("One of GlobalSecondaryIndexUpdate.Update, "
                        + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            String name = u.create() != null ? u.create().indexName() : u.delete() != null ? u.delete().indexName()
                    : u.update().indexName();
            if (!seen.add(name)) {
                throw DynamoDbErrors.invalidParameter("Only one global secondary index update per index is allowed "
                        + "simultaneously. Index: " + name);
            }
            if (u.create() != null || u.delete() != null) {
                creates++;
            }
        }
        if (creates > 1) {
            throw DynamoDbErrors.LIMIT_EXCEEDED.exception("Subscriber limit exceeded: Only 1 online index can be created "
                    + "or deleted simultaneously per table");
        }
        for (GlobalSecondaryIndexUpdate u : updates) {
            if (u.create() != null) {
                CreateGlobalSecondaryIndexAction c = u.create();
                if (t.index(c.indexName()) != null) {
                    throw DynamoDbErrors.validation("One or more parameter values were invalid: Index with name: "
                            + c.indexName() + " already exists");
                }
                KeySchema k = KeySchemas.of(c.keySchema(), defs);
                checkProjection(c.projection());
                checkIndexThroughput(billing, c.indexName(), c.provisionedThroughput());
                ProvisionedThroughput pt = c.provisionedThroughput();
                SecondaryIndex index = new SecondaryIndex(c.indexName(), k, true, c.projection().projectionType(),
                        c.projection().nonKeyAttributes(), now.plus(engine.indexDelay()),
                        pt == null ? 0 : pt.readCapacityUnits(), pt == null ? 0 : pt.writeCapacityUnits());
                index.onDemand(onDemand(c.onDemandThroughput(), null));
                index.warm(warm(c.warmThroughput(), null));
                t.addIndex(index);
            } else if (u.delete() != null) {
                SecondaryIndex i = t.index(u.delete().indexName());
                if (i == null || !i.global()) {
                    throw DynamoDbErrors.RESOURCE_NOT_FOUND.exception("Requested resource not found: Index: "
                            + u.delete().indexName() + " not found");
                }
                t.removeIndex(u.delete().indexName());
            } else {
                SecondaryIndex i = t.index(u.update().indexName());
                if (i == null || !i.global()) {
                    throw DynamoDbErrors.RESOURCE_NOT_FOUND.exception("Requested resource not found: Index: "
                            + u.update().indexName() + " not found");
                }
                ProvisionedThroughput pt = u.update().provisionedThroughput();
                if (pt != null) {
                    i.capacity(pt.readCapacityUnits(), pt.writeCapacityUnits());
                }
                i.onDemand(onDemand(u.update().onDemandThroughput(), i.onDemand()));
                i.warm(warm(u.update().warmThroughput(), i.warm()));
            }
        }
    }

    public Map<String, Object> describeTimeToLive(RequestContext ctx, DescribeTimeToLiveInput in) {
        Table t = engine.table(ctx.scope(), in.tableName());
        String attribute = t.settings().ttlAttribute();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED");
        if (attribute != null) {
            d.put("AttributeName", attribute);
        }
        return Map.of("TimeToLiveDescription", d);
    }

    public UpdateTimeToLiveOutput updateTimeToLive(RequestContext ctx, UpdateTimeToLiveInput in) {
        Table t = engine.table(ctx.scope(), in.tableName());
        TimeToLiveSpecification spec = in.timeToLiveSpecification();
        String current = t.settings().ttlAttribute();
        if (Boolean.TRUE.equals(spec.enabled())) {
            if (current != null) {
                throw DynamoDbErrors.validation(current.equals(spec.attributeName()) ? "TimeToLive is already enabled"
                        : "TimeToLive is active on a different AttributeName: current AttributeName is " + current);
            }
        } else if (current == null) {
            throw DynamoDbErrors.validation("TimeToLive is already disabled");
        }
        if (!t.timeToLive(Boolean.TRUE.equals(spec.enabled()) ? spec.attributeName() : null, engine.now())) {
            throw DynamoDbErrors.validation("Time to live has been modified multiple times within a fixed interval");
        }
        return new UpdateTimeToLiveOutput(spec);
    }

    public Map<String, Object> describeContinuousBackups(RequestContext ctx, DescribeContinuousBackupsInput in) {
        return Map.of("ContinuousBackupsDescription", backups(backupTable(ctx, in.tableName())));
    }

    public Map<String, Object> updateContinuousBackups(RequestContext ctx, UpdateContinuousBackupsInput in) {
        Table t = backupTable(ctx, in.tableName());
        t.settings(t.settings().withPointInTimeRecovery(
                Boolean.TRUE.equals(in.pointInTimeRecoverySpecification().pointInTimeRecoveryEnabled())));
        return Map.of("ContinuousBackupsDescription", backups(t));
    }

    private Table backupTable(RequestContext ctx, String name) {
        DynamoDbEngine.Target target = engine.target(ctx.scope(), name);
        Table t = engine.tables().find(target.scope(), target.name(), engine.now());
        if (t == null) {
            throw DynamoDbErrors.TABLE_NOT_FOUND.exception("Table not found: " + name);
        }
        return t;
    }

    private Map<String, Object> backups(Table t) {
        Map<String, Object> pitr = new LinkedHashMap<>();
        boolean on = t.settings().pointInTimeRecovery();
        pitr.put("PointInTimeRecoveryStatus", on ? "ENABLED" : "DISABLED");
        if (on) {
            Instant now = engine.now();
            pitr.put("EarliestRestorableDateTime", t.created());
            pitr.put("LatestRestorableDateTime", now.minusSeconds(Math.min(300, now.getEpochSecond()
                    - t.created().getEpochSecond())));
            pitr.put("RecoveryPeriodInDays", 35);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ContinuousBackupsStatus", "ENABLED");
        d.put("PointInTimeRecoveryDescription", pitr);
        return d;
    }

    public Map<String, Object> tagResource(RequestContext ctx, TagResourceInput in) {
        Table t = taggable(ctx, in.resourceArn(), true);
        if (in.tags().isEmpty()) {
            throw DynamoDbErrors.validation("Atleast one Tag needs to be provided as Input.");
        }
        if (!t.tags().putAll(tagMap(in.tags()))) {
            throw tooManyTags();
        }
        return Map.of();
    }

    private static AwsException tooManyTags() {
        return DynamoDbErrors.validation("One or more parameter values were invalid: The number of tags exceeds the "
                + "limit of " + ResourceTags.MAX_TAGS + ".");
    }

    public Map<String, Object> untagResource(RequestContext ctx, UntagResourceInput in) {
        Table t = taggable(ctx, in.resourceArn(), false);
        if (in.tagKeys().isEmpty()) {
            throw DynamoDbErrors.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        t.tags().removeAll(in.tagKeys());
        return Map.of();
    }

    public ListTagsOfResourceOutput listTagsOfResource(RequestContext ctx, ListTagsOfResourceInput in) {
        Table t = taggable(ctx, in.resourceArn(), true);
        List<Tag> tags = new ArrayList<>();
        t.tags().all().forEach((k, v) -> tags.add(new Tag(k, v)));
        return new ListTagsOfResourceOutput(tags, null);
    }

    private Table taggable(RequestContext ctx, String arn, boolean arnInMessage) {
        if (!arn.startsWith("arn:")) {
            throw DynamoDbErrors.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        DynamoDbEngine.Target target = engine.target(ctx.scope(), arn);
        Table t = engine.tables().find(target.scope(), target.name(), engine.now());
        if (t == null) {
            throw DynamoDbErrors.RESOURCE_NOT_FOUND.exception(arnInMessage
                    ? "Requested resource not found: ResourcArn: " + arn + " not found" : "Requested resource not found");
        }
        return t;
    }

    public Map<String, Object> describeLimits(RequestContext ctx, Object in) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("AccountMaxReadCapacityUnits", 80000L);
        d.put("AccountMaxWriteCapacityUnits", 80000L);
        d.put("TableMaxReadCapacityUnits", 40000L);
        d.put("TableMaxWriteCapacityUnits", 40000L);
        return d;
    }

    private static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        tags.forEach(t -> m.put(t.key(), t.value()));
        return m;
    }
}
