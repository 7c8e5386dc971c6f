package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.QueryInput;
import io.kinesisharness.internal.dynamodb.api.ScanInput;
import io.kinesisharness.internal.dynamodb.expr.Condition;
import io.kinesisharness.internal.dynamodb.expr.Evaluator;
import io.kinesisharness.internal.dynamodb.expr.Legacy;
import io.kinesisharness.internal.dynamodb.expr.Operand;
import io.kinesisharness.internal.dynamodb.expr.Parser;
import io.kinesisharness.internal.dynamodb.expr.Path;
import io.kinesisharness.internal.dynamodb.expr.Placeholders;
import io.kinesisharness.internal.dynamodb.expr.Projections;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.model.ItemKey;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.Values;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Query and Scan: pages of at most {@code Limit} evaluated items and 1 MB, filtered after reading, projected, with
 * {@code LastEvaluatedKey} where more may follow; parallel scans split the partition-hash space into segments.
 */
public final class ReadOperations {

    private static final long PAGE_BYTES = 1024 * 1024;
    private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(64);

    private final DynamoDbEngine engine;

    public ReadOperations(DynamoDbEngine engine) {
        this.engine = engine;
    }

    public Map<String, Object> query(RequestContext ctx, QueryInput in) {
        List<String> legacy = Requests.present("AttributesToGet", in.attributesToGet(), "QueryFilter",
                in.queryFilter(), "ConditionalOperator", in.conditionalOperator(), "KeyConditions",
                in.keyConditionExpression() == null ? null : in.keyConditions());
        Requests.noMixing(legacy, Requests.present("ProjectionExpression", in.projectionExpression(),
                "FilterExpression", in.filterExpression(), "KeyConditionExpression", in.keyConditionExpression()));
        if (in.keyConditions() == null && in.keyConditionExpression() == null) {
            throw DynamoDbErrors.validation("Either the KeyConditions or KeyConditionExpression parameter must be "
                    + "specified in the request.");
        }
        boolean anyExpr = in.filterExpression() != null || in.keyConditionExpression() != null;
        Requests.placeholderMaps(in.expressionAttributeNames(), in.expressionAttributeValues(), List.of(),
                List.of("FilterExpression", "KeyConditionExpression"), anyExpr || in.projectionExpression() != null,
                anyExpr);
        Placeholders ph = new Placeholders(in.expressionAttributeNames(), in.expressionAttributeValues());
        Condition key = in.keyConditionExpression() != null
                ? Parser.condition(in.keyConditionExpression(), "KeyConditionExpression", ph)
                : Legacy.conditions(in.keyConditions(), "AND");
        Condition filter = in.filterExpression() != null
                ? Parser.condition(in.filterExpression(), "FilterExpression", ph)
                : in.queryFilter() != null ? Legacy.conditions(in.queryFilter(), in.conditionalOperator()) : null;
        List<Path> projection = ItemOperations.projection(in.projectionExpression(), in.attributesToGet(), ph);
        ph.checkAllUsed();
        Table t = engine.readyTable(ctx.scope(), in.tableName());
        SecondaryIndex index = index(t, in.indexName(), in.consistentRead());
        KeySchema schema = index == null ? t.key() : index.key();
        KeyConditions kc = KeyConditions.of(key, schema, in.keyConditionExpression() != null);
        if (filter != null) {
            checkFilterNotOnKeys(filter, schema, t.key(), in.filterExpression() != null);
        }
        String select = select(in.select(), projection, index);
        NavigableMap<ItemKey, ?> view = index == null ? t.items() : index.entries();
        ItemKey from = ItemKey.partitionStart(kc.hash());
        NavigableMap<ItemKey, ?> partition = view.subMap(from, true, ItemKey.partitionEnd(kc.hash()), false);
        boolean forward = in.scanIndexForward() == null || in.scanIndexForward();
        NavigableMap<ItemKey, ?> ordered = forward ? partition : partition.descendingMap();
        if (in.exclusiveStartKey() != null) {
            ItemKey start = startKey(t, index, in.exclusiveStartKey(), true);
            if (!start.hash().equals(kc.hash())) {
                throw DynamoDbErrors.validation("The provided starting key is outside query boundaries based on "
                        + "provided conditions");
            }
            ordered = forward ? partition.tailMap(start, false) : partition.descendingMap().tailMap(start, false);
        }
        Condition rangeCondition = kc.range();
        return page(t, index, ordered, in.limit(), item -> rangeCondition == null
                || Evaluator.test(rangeCondition, item, "KeyConditionExpression"), filter, projection, select,
                in.returnConsumedCapacity(), Boolean.TRUE.equals(in.consistentRead()));
    }

    public Map<String, Object> scan(RequestContext ctx, ScanInput in) {
        Requests.noMixing(Requests.present("AttributesToGet", in.attributesToGet(), "ScanFilter", in.scanFilter(),
                "ConditionalOperator", in.conditionalOperator()),
                Requests.present("ProjectionExpression", in.projectionExpression(), "FilterExpression",
                        in.filterExpression()));
        if (in.segment() != null && in.totalSegments() == null) {
            throw DynamoDbErrors.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (in.totalSegments() != null && in.segment() == null) {
            throw DynamoDbErrors.validation("The Segment parameter is required but was not present in the request when "
                    + "parameter TotalSegments is present");
        }
        if (in.segment() != null && in.segment() >= in.totalSegments()) {
            throw DynamoDbErrors.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + in.segment() + " is not less than TotalSegments: "
                    + in.totalSegments());
        }
        boolean anyExpr = in.filterExpression() != null;
        Requests.placeholderMaps(in.expressionAttributeNames(), in.expressionAttributeValues(), List.of(),
                List.of("FilterExpression"), anyExpr || in.projectionExpression() != null, anyExpr);
        Placeholders ph = new Placeholders(in.expressionAttributeNames(), in.expressionAttributeValues());
        Condition filter = in.filterExpression() != null
                ? Parser.condition(in.filterExpression(), "FilterExpression", ph)
                : in.scanFilter() != null ? Legacy.conditions(in.scanFilter(), in.conditionalOperator()) : null;
        List<Path> projection = ItemOperations.projection(in.projectionExpression(), in.attributesToGet(), ph);
        ph.checkAllUsed();
        Table t = engine.readyTable(ctx.scope(), in.tableName());
        SecondaryIndex index = index(t, in.indexName(), in.consistentRead());
        String select = select(in.select(), projection, index);
        NavigableMap<ItemKey, ?> view = index == null ? t.items() : index.entries();
        if (in.segment() != null) {
            view = segment(view, in.segment(), in.totalSegments());
        }
        if (in.exclusiveStartKey() != null) {
            ItemKey start = startKey(t, index, in.exclusiveStartKey(), false);
            if (in.segment() != null && !inSegment(start, in.segment(), in.totalSegments())) {
                throw DynamoDbErrors.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. "
                        + "Please use ExclusiveStartKey with correct Segment. TotalSegments: " + in.totalSegments()
                        + " Segment: " + in.segment());
            }
            view = view.tailMap(start, false);
        }
        return page(t, index, view, in.limit(), item -> true, filter, projection, select, in.returnConsumedCapacity(),
                Boolean.TRUE.equals(in.consistentRead()));
    }

    private static SecondaryIndex index(Table t, String name, Boolean consistentRead) {
        if (name == null) {
            return null;
        }
        SecondaryIndex i = t.index(name);
        if (i == null) {
            throw DynamoDbErrors.validation("The table does not have the specified index: " + name);
        }
        if (i.global() && Boolean.TRUE.equals(consistentRead)) {
            throw DynamoDbErrors.validation("Consistent reads are not supported on global secondary indexes");
        }
        return i;
    }

    private static String select(String select, List<Path> projection, SecondaryIndex index) {
        if (select == null) {
            return projection != null ? "SPECIFIC_ATTRIBUTES" : index != null ? "ALL_PROJECTED_ATTRIBUTES"
                    : "ALL_ATTRIBUTES";
        }
        if ("SPECIFIC_ATTRIBUTES".equals(select) && projection == null) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: Select type "
                    + "SPECIFIC_ATTRIBUTES requires AttributesToGet or ProjectionExpression");
        }
        if (!"SPECIFIC_ATTRIBUTES".equals(select) && projection != null) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: Cannot specify the "
                    + "AttributesToGet or ProjectionExpression when choosing to get " + select);
        }
        if ("ALL_PROJECTED_ATTRIBUTES".equals(select) && index == null) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: Select type "
                    + "ALL_PROJECTED_ATTRIBUTES is supported only for index queries or scans");
        }
        if ("ALL_ATTRIBUTES".equals(select) && index != null && index.global()
                && !"ALL".equals(index.projectionType())) {
            throw DynamoDbErrors.invalidParameter("Select type ALL_ATTRIBUTES is not supported for global secondary "
                    + "index " + index.name() + " because its projection type is not ALL");
        }
        return select;
    }

    private interface KeyTest {
        boolean test(Map<String, AttributeValue> item);
    }

    /** One page: evaluates items in order until Limit items or 1 MB were read, then filters and projects. */
    private Map<String, Object> page(Table t, SecondaryIndex index, NavigableMap<ItemKey, ?> view, Integer limit,
            KeyTest keyTest, Condition filter, List<Path> projection, String select, String rcc, boolean consistent) {
        Throttle.admitRead(engine, t, index);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        ItemKey last = null;
        boolean more = false;
        Iterator<? extends Map.Entry<ItemKey, ?>> it = view.entrySet().iterator();
        // DynamoDB does not look ahead: a page that stops at Limit (or 1 MB) names its last key even when nothing
        // follows, and the client learns of the end from the next, empty page. Paginators count on that round trip.
        while (!more && it.hasNext()) {
            Map.Entry<ItemKey, ?> e = it.next();
            Map<String, AttributeValue> item = index == null ? castItem(e.getValue())
                    : t.get((ItemKey) e.getValue());
            if (item == null) {
                continue;
            }
            if (!keyTest.test(item)) {
                continue;
            }
            if (index != null) {
                item = index.project(item, t.key());
            }
            scanned++;
            bytes += Values.itemSize(item);
            last = e.getKey();
            if (filter == null || Evaluator.test(filter, item, "FilterExpression")) {
                items.add(item);
            }
            more = limit != null && scanned >= limit || bytes >= PAGE_BYTES;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (!"COUNT".equals(select)) {
            List<Map<String, AttributeValue>> projected = new ArrayList<>(items.size());
            for (Map<String, AttributeValue> i : items) {
                projected.add(Projections.apply(projection, i));
            }
            out.put("Items", projected);
        }
        out.put("Count", items.size());
        out.put("ScannedCount", scanned);
        if (more && last != null) {
            out.put("LastEvaluatedKey", lastEvaluatedKey(t, index, last));
        }
        double units = Capacity.readUnits(bytes, consistent);
        Throttle.chargeRead(engine, t, index, units);
        Map<String, Object> cc = Capacity.of(rcc, t, units, false);
        if (cc != null) {
            out.put("ConsumedCapacity", cc);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> castItem(Object v) {
        return (Map<String, AttributeValue>) v;
    }

    private static Map<String, AttributeValue> lastEvaluatedKey(Table t, SecondaryIndex index, ItemKey last) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        ItemKey tableKey = index == null ? last : last.tableKey();
        key.put(t.key().hashName(), tableKey.hash());
        if (t.key().hasRange()) {
            key.put(t.key().rangeName(), tableKey.range());
        }
        if (index != null) {
            key.put(index.key().hashName(), last.hash());
            if (index.key().hasRange()) {
                key.put(index.key().rangeName(), last.range());
            }
        }
        return key;
    }

    /** An ExclusiveStartKey as a position in the table or index. */
    private static ItemKey startKey(Table t, SecondaryIndex index, Map<String, AttributeValue> key, boolean query) {
        KeySchema ts = t.key();
        try {
            AttributeValue h = key.get(ts.hashName());
            AttributeValue r = ts.hasRange() ? key.get(ts.rangeName()) : null;
            if (h == null || h.type() != ts.hashType() || ts.hasRange() && (r == null || r.type() != ts.rangeType())) {
                throw new IllegalArgumentException();
            }
            ItemKey tableKey = ItemKey.of(ts, key);
            if (index == null) {
                if (key.size() != (ts.hasRange() ? 2 : 1)) {
                    throw new IllegalArgumentException();
                }
                return tableKey;
            }
            ItemKey k = ItemKey.ofIndex(index.key(), key, tableKey);
            if (k == null) {
                throw new IllegalArgumentException();
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw DynamoDbErrors.validation(index == null ? "The provided starting key is invalid: The provided key "
                    + "element does not match the schema" : "The provided starting key is invalid");
        }
    }

    private static NavigableMap<ItemKey, ?> segment(NavigableMap<ItemKey, ?> view, int segment, int total) {
        long low = bound(segment, total);
        NavigableMap<ItemKey, ?> tail = segment == 0 ? view
                : view.tailMap(new ItemKey(low, null, null, null), true);
        if (segment == total - 1) {
            return tail;
        }
        return tail.headMap(new ItemKey(bound(segment + 1, total), null, null, null), false);
    }

    private static boolean inSegment(ItemKey k, int segment, int total) {
        long low = bound(segment, total);
        boolean aboveLow = segment == 0 || Long.compareUnsigned(k.partitionHash(), low) >= 0;
        boolean belowHigh = segment == total - 1
                || Long.compareUnsigned(k.partitionHash(), bound(segment + 1, total)) < 0;
        return aboveLow && belowHigh;
    }

    private static long bound(int segment, int total) {
        return HASH_SPACE.multiply(BigInteger.valueOf(segment)).divide(BigInteger.valueOf(total)).longValue();
    }

    /** Filters may not name the key attributes of what is queried (AWS). */
    private static void checkFilterNotOnKeys(Condition filter, KeySchema schema, KeySchema tableKey,
            boolean expression) {
        List<Path> paths = new ArrayList<>();
        collectPaths(filter, paths);
        for (Path p : paths) {
            if (schema.isKeyAttribute(p.attribute())) {
                throw DynamoDbErrors.validation((expression ? "Filter Expression" : "QueryFilter")
                        + " can only contain non-primary key attributes: Primary key attribute: " + p.attribute());
            }
        }
    }

    private static void collectPaths(Condition c, List<Path> out) {
        if (c instanceof Condition.And a) {
            collectPaths(a.left(), out);
            collectPaths(a.right(), out);
        } else if (c instanceof Condition.Or o) {
            collectPaths(o.left(), out);
            collectPaths(o.right(), out);
        } else if (c instanceof Condition.Not n) {
            collectPaths(n.inner(), out);
        } else if (c instanceof Condition.Compare cmp) {
            operandPath(cmp.left(), out);
            operandPath(cmp.right(), out);
        } else if (c instanceof Condition.Between b) {
            operandPath(b.value(), out);
        } else if (c instanceof Condition.In in) {
            operandPath(in.value(), out);
        } else if (c instanceof Condition.Function f) {
            f.arguments().forEach(a -> operandPath(a, out));
        }
    }

    private static void operandPath(Operand o, List<Path> out) {
        if (o instanceof Operand.PathOperand p) {
            out.add(p.path());
        } else if (o instanceof Operand.Size s) {
            out.add(s.path());
        }
    }
}
