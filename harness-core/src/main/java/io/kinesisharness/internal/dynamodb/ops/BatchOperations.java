package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.BatchGetItemInput;
import io.kinesisharness.internal.dynamodb.api.BatchWriteItemInput;
import io.kinesisharness.internal.dynamodb.api.KeysAndAttributes;
import io.kinesisharness.internal.dynamodb.api.WriteRequest;
import io.kinesisharness.internal.dynamodb.expr.Path;
import io.kinesisharness.internal.dynamodb.expr.Placeholders;
import io.kinesisharness.internal.dynamodb.expr.Projections;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.model.ItemKey;
import io.kinesisharness.internal.dynamodb.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchGetItem and BatchWriteItem, each item on its own. Everything is processed, except, when the harness throttles,
 * the requests for a provisioned table whose capacity is spent: they come back as UnprocessedKeys or
 * UnprocessedItems, and a batch of which nothing could be done is ProvisionedThroughputExceededException.
 */
public final class BatchOperations {

    private final DynamoDbEngine engine;

    public BatchOperations(DynamoDbEngine engine) {
        this.engine = engine;
    }

    public Map<String, Object> batchGetItem(RequestContext ctx, BatchGetItemInput in) {
        int total = in.requestItems().values().stream().mapToInt(k -> k.keys() == null ? 0 : k.keys().size()).sum();
        if (total > 100) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchGetItem call");
        }
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        List<Map<String, Object>> capacity = new ArrayList<>();
        for (Map.Entry<String, KeysAndAttributes> e : in.requestItems().entrySet()) {
            KeysAndAttributes ka = e.getValue();
            Requests.noMixing(Requests.present("AttributesToGet", ka.attributesToGet()),
                    Requests.present("ProjectionExpression", ka.projectionExpression()));
            Requests.placeholderMaps(ka.expressionAttributeNames(), null, List.of(), List.of(),
                    ka.projectionExpression() != null, false);
            Placeholders ph = new Placeholders(ka.expressionAttributeNames(), null);
            List<Path> projection = ItemOperations.projection(ka.projectionExpression(), ka.attributesToGet(), ph);
            ph.checkAllUsed();
            Table t = engine.readyTable(ctx.scope(), e.getKey());
            if (!Throttle.canRead(engine, t, null)) {
                // A table without capacity leaves its keys for the caller to ask again.
                unprocessed.put(e.getKey(), ka);
                continue;
            }
            Set<ItemKey> seen = new HashSet<>();
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            long bytes = 0;
            for (Map<String, AttributeValue> key : ka.keys()) {
                ItemKey k = Requests.key(t, key);
                if (!seen.add(k)) {
                    throw DynamoDbErrors.validation("Provided list of item keys contains duplicates");
                }
                Map<String, AttributeValue> item = t.get(k);
                if (item != null) {
                    found.add(Projections.apply(projection, item));
                    bytes += io.kinesisharness.internal.dynamodb.model.Values.itemSize(item);
                }
            }
            responses.put(e.getKey(), found);
            double units = Capacity.readUnits(bytes, Boolean.TRUE.equals(ka.consistentRead()));
            Throttle.chargeRead(engine, t, null, units);
            Map<String, Object> cc = Capacity.of(in.returnConsumedCapacity(), t, units, false);
            if (cc != null) {
                capacity.add(cc);
            }
        }
        if (responses.isEmpty() && !unprocessed.isEmpty()) {
            // None of it could be read: DynamoDB answers the exception rather than an empty batch.
            Table first = engine.readyTable(ctx.scope(), unprocessed.keySet().iterator().next());
            throw Throttle.exceeded(first, null, false);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Responses", responses);
        out.put("UnprocessedKeys", unprocessed);
        if (!capacity.isEmpty()) {
            out.put("ConsumedCapacity", capacity);
        }
        return out;
    }

    public Map<String, Object> batchWriteItem(RequestContext ctx, BatchWriteItemInput in) {
        int total = 0;
        for (Map.Entry<String, List<WriteRequest>> e : in.requestItems().entrySet()) {
            if (e.getValue().isEmpty() || e.getValue().size() > 25) {
                throw DynamoDbErrors.validation("1 validation error detected: Value '{" + e.getKey() + "="
                        + e.getValue() + "}' at 'requestItems' failed to satisfy constraint: Map value must satisfy "
                        + "constraint: [Member must have length less than or equal to 25, Member must have length "
                        + "greater than or equal to 1]");
            }
            total += e.getValue().size();
        }
        if (total > 25) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchWriteItem call");
        }
        List<Runnable> writes = new ArrayList<>();
        Map<String, List<Map<String, Object>>> collections = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        List<Map<String, Object>> capacity = new ArrayList<>();
        for (Map.Entry<String, List<WriteRequest>> e : in.requestItems().entrySet()) {
            Table t = engine.readyTable(ctx.scope(), e.getKey());
            boolean throttled = !Throttle.canWrite(engine, t);
            Set<ItemKey> seen = new HashSet<>();
            double units = 0;
            for (WriteRequest w : e.getValue()) {
                if ((w.putRequest() == null) == (w.deleteRequest() == null)) {
                    throw DynamoDbErrors.validation("Supplied AttributeValue has more than one datatypes set, must "
                            + "contain exactly one of the supported datatypes");
                }
                ItemKey k = w.putRequest() != null ? Requests.item(t, w.putRequest().item(), true)
                        : Requests.key(t, w.deleteRequest().key());
                if (!seen.add(k)) {
                    throw DynamoDbErrors.validation("Provided list of item keys contains duplicates");
                }
                Map<String, AttributeValue> item = w.putRequest() == null ? null
                        : ItemOperations.ordered(w.putRequest().item());
                if (throttled) {
                    // A table without capacity leaves its requests for the caller to send again.
                    unprocessed.computeIfAbsent(e.getKey(), n -> new ArrayList<>()).add(w);
                    continue;
                }
                units += Capacity.writeUnits(t.get(k), item);
                writes.add(() -> {
                    Map<String, AttributeValue> before;
                    t.lock().lock();
                    try {
                        before = t.get(k);
                        t.write(k, item);
                    } finally {
                        t.lock().unlock();
                    }
                    Throttle.chargeWrite(engine, t, before, item, 1);
                    Map<String, Object> metrics = ItemCollections.metrics(in.returnItemCollectionMetrics(), t,
                            item != null ? item : before);
                    if (metrics != null) {
                        collections.computeIfAbsent(e.getKey(), n -> new ArrayList<>()).add(metrics);
                    }
                });
            }
            if (throttled) {
                continue;
            }
            Map<String, Object> cc = Capacity.of(in.returnConsumedCapacity(), t, units, true);
            if (cc != null) {
                capacity.add(cc);
            }
        }
        if (writes.isEmpty() && !unprocessed.isEmpty()) {
            // None of it could be written: DynamoDB answers the exception rather than an empty batch.
            Table first = engine.readyTable(ctx.scope(), unprocessed.keySet().iterator().next());
            throw Throttle.exceeded(first, null, true);
        }
        writes.forEach(Runnable::run);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("UnprocessedItems", unprocessed);
        if (!collections.isEmpty()) {
            out.put("ItemCollectionMetrics", collections);
        }
        if (!capacity.isEmpty()) {
            out.put("ConsumedCapacity", capacity);
        }
        return out;
    }
}
