package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.api.AttributeDefinition;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.TableSettings;
import io.kinesisharness.internal.dynamodb.model.Throughputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables as DescribeTable (and CreateTable, UpdateTable, DeleteTable) describe them, with the fields AWS fills in
 * (recorded): on-demand tables show zero provisioned throughput and their billing mode, indexes their status, ARN,
 * size and count. Built as maps in AWS's member names, so what is absent stays absent.
 */
final class Descriptions {

    private Descriptions() {
    }

    static Map<String, Object> table(Table t, Instant now) {
        TableSettings s = t.settings();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("AttributeDefinitions", definitions(s.attributeDefinitions()));
        d.put("TableName", t.name());
        d.put("KeySchema", keySchema(t.key()));
        d.put("TableStatus", t.status(now));
        d.put("CreationDateTime", t.created());
        d.put("ProvisionedThroughput", throughput(s.payPerRequest() ? 0 : s.readCapacity(),
                s.payPerRequest() ? 0 : s.writeCapacity()));
        d.put("TableSizeBytes", t.sizeBytes());
        d.put("ItemCount", (long) t.itemCount());
        d.put("TableArn", t.arn());
        d.put("TableId", t.id());
        if (s.billingModeGiven() || s.payPerRequest()) {
            Map<String, Object> billing = new LinkedHashMap<>();
            billing.put("BillingMode", s.billingMode());
            if (s.payPerRequestSince() != null) {
                billing.put("LastUpdateToPayPerRequestDateTime", s.payPerRequestSince());
            }
            d.put("BillingModeSummary", billing);
        }
        List<Map<String, Object>> locals = new ArrayList<>();
        List<Map<String, Object>> globals = new ArrayList<>();
        for (SecondaryIndex i : t.indexes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("IndexName", i.name());
            x.put("KeySchema", keySchema(i.key()));
            Map<String, Object> projection = new LinkedHashMap<>();
            projection.put("ProjectionType", i.projectionType());
            if (!i.nonKeyAttributes().isEmpty()) {
                projection.put("NonKeyAttributes", i.nonKeyAttributes());
            }
            x.put("Projection", projection);
            if (i.global()) {
                String status = i.status(now);
                x.put("IndexStatus", status);
                if ("CREATING".equals(status)) {
                    x.put("Backfilling", false);
                }
                x.put("ProvisionedThroughput", throughput(s.payPerRequest() ? 0 : i.readCapacity(),
                        s.payPerRequest() ? 0 : i.writeCapacity()));
                if (i.onDemand() != null) {
                    x.put("OnDemandThroughput", onDemand(i.onDemand()));
                }
                if (i.warm() != null) {
                    x.put("WarmThroughput", warm(i.warm(), status));
                }
            }
            x.put("IndexSizeBytes", i.sizeBytes());
            x.put("ItemCount", (long) i.entries().size());
            x.put("IndexArn", t.arn() + "/index/" + i.name());
            (i.global() ? globals : locals).add(x);
        }
        if (!locals.isEmpty()) {
            d.put("LocalSecondaryIndexes", locals);
        }
        if (!globals.isEmpty()) {
            d.put("GlobalSecondaryIndexes", globals);
        }
        if (s.streams() != null && Boolean.TRUE.equals(s.streams().streamEnabled())) {
            d.put("StreamSpecification", s.streams());
            String label = t.created().toString().replace("Z", "");
            d.put("LatestStreamLabel", label);
            d.put("LatestStreamArn", t.arn() + "/stream/" + label);
        }
        if (s.sse() != null) {
            d.put("SSEDescription", s.sse());
        }
        if (s.tableClass() != null) {
            d.put("TableClassSummary", Map.of("TableClass", s.tableClass()));
        }
        d.put("DeletionProtectionEnabled", s.deletionProtection());
        if (s.onDemand() != null) {
            d.put("OnDemandThroughput", onDemand(s.onDemand()));
        }
        if (s.warm() != null) {
            d.put("WarmThroughput", warm(s.warm(), t.status(now)));
        }
        return d;
    }

    private static Map<String, Object> onDemand(Throughputs.OnDemand o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaxReadRequestUnits", o.maxReadRequestUnits());
        m.put("MaxWriteRequestUnits", o.maxWriteRequestUnits());
        return m;
    }

    private static Map<String, Object> warm(Throughputs.Warm w, String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ReadUnitsPerSecond", w.readUnitsPerSecond());
        m.put("WriteUnitsPerSecond", w.writeUnitsPerSecond());
        m.put("Status", status);
        return m;
    }

    /** What DeleteTable answers: the recorded subset, DELETING. */
    static Map<String, Object> deleted(Table t) {
        TableSettings s = t.settings();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("TableName", t.name());
        d.put("TableStatus", "DELETING");
        d.put("ProvisionedThroughput", throughput(s.payPerRequest() ? 0 : s.readCapacity(),
                s.payPerRequest() ? 0 : s.writeCapacity()));
        d.put("TableSizeBytes", t.sizeBytes());
        d.put("ItemCount", (long) t.itemCount());
        d.put("TableArn", t.arn());
        d.put("TableId", t.id());
        if (s.billingModeGiven() || s.payPerRequest()) {
            d.put("BillingModeSummary", Map.of("BillingMode", s.billingMode()));
        }
        d.put("DeletionProtectionEnabled", s.deletionProtection());
        return d;
    }

    private static Map<String, Object> throughput(long read, long write) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("NumberOfDecreasesToday", 0L);
        p.put("ReadCapacityUnits", read);
        p.put("WriteCapacityUnits", write);
        return p;
    }

    static List<Map<String, Object>> keySchema(KeySchema k) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of("AttributeName", k.hashName(), "KeyType", "HASH"));
        if (k.hasRange()) {
            out.add(Map.of("AttributeName", k.rangeName(), "KeyType", "RANGE"));
        }
        return out;
    }

    private static List<Map<String, Object>> definitions(List<AttributeDefinition> defs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AttributeDefinition a : defs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("AttributeName", a.attributeName());
            m.put("AttributeType", a.attributeType());
            out.add(m);
        }
        return out;
    }
}
