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

/** BatchGetItem and BatchWriteItem: every request processed (nothing left unprocessed), each item on its own. */
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
            Map<String, Object> cc = Capacity.of(in.returnConsumedCapacity(), t,
                    Capacity.readUnits(bytes, Boolean.TRUE.equals(ka.consistentRead())), false);
            if (cc != null) {
                capacity.add(cc);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Responses", responses);
        out.put("UnprocessedKeys", Map.of());
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
        List<Map<String, Object>> capacity = new ArrayList<>();
        for (Map.Entry<String, List<WriteRequest>> e : in.requestItems().entrySet()) {
            Table t = engine.readyTable(ctx.scope(), e.getKey());
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
                units += Capacity.writeUnits(t.get(k), item);
                writes.add(() -> {
                    t.lock().lock();
                    try {
                        t.write(k, item);
                    } finally {
                        t.lock().unlock();
                    }
                });
            }
            Map<String, Object> cc = Capacity.of(in.returnConsumedCapacity(), t, units, true);
            if (cc != null) {
                capacity.add(cc);
            }
        }
        writes.forEach(Runnable::run);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("UnprocessedItems", Map.of());
        if (!capacity.isEmpty()) {
            out.put("ConsumedCapacity", capacity);
        }
        return out;
    }
}
