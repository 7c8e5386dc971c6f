package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.DeleteItemInput;
import io.kinesisharness.internal.dynamodb.api.GetItemInput;
import io.kinesisharness.internal.dynamodb.api.PutItemInput;
import io.kinesisharness.internal.dynamodb.api.UpdateItemInput;
import io.kinesisharness.internal.dynamodb.expr.Condition;
import io.kinesisharness.internal.dynamodb.expr.Evaluator;
import io.kinesisharness.internal.dynamodb.expr.Legacy;
import io.kinesisharness.internal.dynamodb.expr.Parser;
import io.kinesisharness.internal.dynamodb.expr.Path;
import io.kinesisharness.internal.dynamodb.expr.Placeholders;
import io.kinesisharness.internal.dynamodb.expr.Projections;
import io.kinesisharness.internal.dynamodb.expr.UpdateAction;
import io.kinesisharness.internal.dynamodb.expr.Updater;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.model.ItemKey;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.Values;
import io.kinesisharness.internal.errors.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetItem, PutItem, UpdateItem and DeleteItem. A write's condition is evaluated and its write made under the table's
 * lock, so of concurrent conditional writes each sees the others' results and no update is lost.
 */
public final class ItemOperations {

    private final DynamoDbEngine engine;

    public ItemOperations(DynamoDbEngine engine) {
        this.engine = engine;
    }

    public Map<String, Object> getItem(RequestContext ctx, GetItemInput in) {
        Requests.noMixing(Requests.present("AttributesToGet", in.attributesToGet()),
                Requests.present("ProjectionExpression", in.projectionExpression()));
        Requests.placeholderMaps(in.expressionAttributeNames(), null, List.of(), List.of(),
                in.projectionExpression() != null, false);
        Placeholders ph = new Placeholders(in.expressionAttributeNames(), null);
        List<Path> projection = projection(in.projectionExpression(), in.attributesToGet(), ph);
        ph.checkAllUsed();
        Table t = engine.readyTable(ctx.scope(), in.tableName());
        ItemKey k = Requests.key(t, in.key());
        Throttle.admitRead(engine, t, null);
        Map<String, AttributeValue> item = t.get(k);
        Map<String, Object> out = new LinkedHashMap<>();
        if (item != null) {
            out.put("Item", Projections.apply(projection, item));
        }
        double units = Capacity.readUnits(item == null ? 0 : Values.itemSize(item),
                Boolean.TRUE.equals(in.consistentRead()));
        Throttle.chargeRead(engine, t, null, units);
        Map<String, Object> cc = Capacity.of(in.returnConsumedCapacity(), t, units, false);
        if (cc != null) {
            out.put("ConsumedCapacity", cc);
        }
        return out;
    }

    static List<Path> projection(String expression, List<String> attributesToGet, Placeholders ph) {
        if (expression != null) {
            return Parser.projection(expression, ph);
        }
        if (attributesToGet != null) {
            if (attributesToGet.stream().distinct().count() != attributesToGet.size()) {
                String dup = attributesToGet.stream().filter(a -> attributesToGet.indexOf(a)
                        != attributesToGet.lastIndexOf(a)).findFirst().orElse("");
                throw DynamoDbErrors.invalidParameter("Duplicate value in attribute name: " + dup);
            }
            return Legacy.attributesToGet(attributesToGet);
        }
        return null;
    }

    public Map<String, Object> putItem(RequestContext ctx, PutItemInput in) {
        Condition condition = Requests.prefixed(() -> {
            Requests.noMixing(Requests.present("Expected", in.expected()),
                    Requests.present("ConditionExpression", in.conditionExpression()));
            return writeCondition(in.expected(), in.conditionalOperator(), in.conditionExpression(),
                    in.expressionAttributeNames(), in.expressionAttributeValues());
        });
        String rv = in.returnValues() == null ? "NONE" : in.returnValues();
        if (!"NONE".equals(rv) && !"ALL_OLD".equals(rv)) {
            throw DynamoDbErrors.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        Table t = engine.readyTable(ctx.scope(), in.tableName());
        ItemKey k = Requests.item(t, in.item(), false);
        Map<String, AttributeValue> item = Map.copyOf(new LinkedHashMap<>(in.item()));
        Map<String, AttributeValue> before;
        Throttle.admitWrite(engine, t);
        t.lock().lock();
        try {
            before = t.get(k);
            checkCharged(t, condition, before, in.returnValuesOnConditionCheckFailure());
            Throttle.admitIndexWrites(engine, t, before, item);
            t.write(k, ordered(in.item()));
        } finally {
            t.lock().unlock();
        }
        Throttle.chargeWrite(engine, t, before, item, 1);
        Map<String, Object> out = new LinkedHashMap<>();
        if ("ALL_OLD".equals(rv) && before != null) {
            out.put("Attributes", before);
        }
        addCapacity(out, in.returnConsumedCapacity(), t, Capacity.writeUnits(before, item));
        addCollection(out, ItemCollections.metrics(in.returnItemCollectionMetrics(), t, item));
        return out;
    }

    public Map<String, Object> updateItem(RequestContext ctx, UpdateItemInput in) {
        Placeholders ph = new Placeholders(in.expressionAttributeNames(), in.expressionAttributeValues());
        Object[] parsed = Requests.prefixed(() -> {
            Requests.noMixing(Requests.present("AttributeUpdates", in.attributeUpdates(), "Expected", in.expected()),
                    Requests.present("UpdateExpression", in.updateExpression(), "ConditionExpression",
                            in.conditionExpression()));
            boolean anyExpression = in.updateExpression() != null || in.conditionExpression() != null;
            Requests.placeholderMaps(in.expressionAttributeNames(), in.expressionAttributeValues(), List.of(),
                    List.of("UpdateExpression", "ConditionExpression"), anyExpression, anyExpression);
            List<UpdateAction> actions = in.updateExpression() != null ? Parser.update(in.updateExpression(), ph)
                    : in.attributeUpdates() != null ? Legacy.attributeUpdates(in.attributeUpdates()) : List.of();
            Condition c = in.conditionExpression() != null
                    ? Parser.condition(in.conditionExpression(), "ConditionExpression", ph)
                    : in.expected() != null ? Legacy.expected(in.expected(), in.conditionalOperator()) : null;
            ph.checkAllUsed();
            return new Object[] {actions, c};
        });
        @SuppressWarnings("unchecked")
        List<UpdateAction> actions = (List<UpdateAction>) parsed[0];
        Condition condition = (Condition) parsed[1];
        String rv = in.returnValues() == null ? "NONE" : in.returnValues();
        Table t = engine.readyTable(ctx.scope(), in.tableName());
        ItemKey k = Requests.key(t, in.key());
        Requests.prefixed(() -> {
            Updater.check(actions, t.key(), in.updateExpression() != null);
            return null;
        });
        if (in.updateExpression() != null) {
            Updater.checkOperandTypes(actions);
        }
        Map<String, AttributeValue> before;
        Map<String, AttributeValue> after;
        Throttle.admitWrite(engine, t);
        t.lock().lock();
        try {
            before = t.get(k);
            checkCharged(t, condition, before, in.returnValuesOnConditionCheckFailure());
            Map<String, AttributeValue> base = before != null ? before : new LinkedHashMap<>(in.key());
            after = Updater.apply(actions, base);
            Requests.checkIndexKeys(t, after);
            if (Values.itemSize(after) > Requests.MAX_ITEM_SIZE) {
                throw DynamoDbErrors.validation("Item size to update has exceeded the maximum allowed size");
            }
            Throttle.admitIndexWrites(engine, t, before, after);
            t.write(k, ordered(after));
        } finally {
            t.lock().unlock();
        }
        Throttle.chargeWrite(engine, t, before, after, 1);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, AttributeValue> attributes = switch (rv) {
            case "ALL_OLD" -> before;
            case "ALL_NEW" -> after;
            case "UPDATED_OLD" -> before == null ? null : updatedPaths(actions, before);
            case "UPDATED_NEW" -> updatedPaths(actions, after);
            default -> null;
        };
        if (attributes != null && !attributes.isEmpty()) {
            out.put("Attributes", attributes);
        }
        addCapacity(out, in.returnConsumedCapacity(), t, Capacity.writeUnits(before, after));
        addCollection(out, ItemCollections.metrics(in.returnItemCollectionMetrics(), t, after));
        return out;
    }

    private static Map<String, AttributeValue> updatedPaths(List<UpdateAction> actions,
            Map<String, AttributeValue> item) {
        List<Path> paths = new ArrayList<>();
        actions.forEach(a -> paths.add(a.path()));
        return Projections.apply(paths, item);
    }

    public Map<String, Object> deleteItem(RequestContext ctx, DeleteItemInput in) {
        Condition condition = Requests.prefixed(() -> {
            Requests.noMixing(Requests.present("Expected", in.expected()),
                    Requests.present("ConditionExpression", in.conditionExpression()));
            return writeCondition(in.expected(), in.conditionalOperator(), in.conditionExpression(),
                    in.expressionAttributeNames(), in.expressionAttributeValues());
        });
        String rv = in.returnValues() == null ? "NONE" : in.returnValues();
        if (!"NONE".equals(rv) && !"ALL_OLD".equals(rv)) {
            throw DynamoDbErrors.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        Table t = engine.readyTable(ctx.scope(), in.tableName());
        ItemKey k = Requests.key(t, in.key());
        Map<String, AttributeValue> before;
        Throttle.admitWrite(engine, t);
        t.lock().lock();
        try {
            before = t.get(k);
            checkCharged(t, condition, before, in.returnValuesOnConditionCheckFailure());
            Throttle.admitIndexWrites(engine, t, before, null);
            if (before != null) {
                t.write(k, null);
            }
        } finally {
            t.lock().unlock();
        }
        Throttle.chargeWrite(engine, t, before, null, 1);
        Map<String, Object> out = new LinkedHashMap<>();
        if ("ALL_OLD".equals(rv) && before != null) {
            out.put("Attributes", before);
        }
        addCapacity(out, in.returnConsumedCapacity(), t, Capacity.writeUnits(before, null));
        addCollection(out, ItemCollections.metrics(in.returnItemCollectionMetrics(), t, before));
        return out;
    }

    /** A PutItem's or DeleteItem's condition (expression or Expected), its placeholders all used. */
    static Condition writeCondition(Map<String, io.kinesisharness.internal.dynamodb.api.ExpectedAttributeValue> expected,
            String conditionalOperator, String expression, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Requests.placeholderMaps(names, values, List.of(), List.of("ConditionExpression"), expression != null,
                expression != null);
        Placeholders ph = new Placeholders(names, values);
        Condition c = expression != null ? Parser.condition(expression, "ConditionExpression", ph)
                : expected != null ? Legacy.expected(expected, conditionalOperator) : null;
        ph.checkAllUsed();
        return c;
    }

    /** As {@link #check}, charging a refused write's capacity when the harness throttles. */
    private void checkCharged(Table t, Condition condition, Map<String, AttributeValue> item, String onFailure) {
        try {
            check(condition, item, onFailure);
        } catch (AwsException e) {
            Throttle.chargeFailedCondition(engine, t, item);
            throw e;
        }
    }

    /** The ConditionalCheckFailedException, with the item when the request asked for it (ALL_OLD). */
    static void check(Condition condition, Map<String, AttributeValue> item, String onFailure) {
        if (condition != null && !Evaluator.test(condition, item, "ConditionExpression")) {
            var e = DynamoDbErrors.CONDITIONAL_CHECK_FAILED.exception("The conditional request failed");
            if ("ALL_OLD".equals(onFailure) && item != null) {
                e.member("Item", item);
            }
            throw e;
        }
    }

    private static void addCollection(Map<String, Object> out, Map<String, Object> metrics) {
        if (metrics != null) {
            out.put("ItemCollectionMetrics", metrics);
        }
    }

    private static void addCapacity(Map<String, Object> out, String rcc, Table t, double units) {
        Map<String, Object> cc = Capacity.of(rcc, t, units, true);
        if (cc != null) {
            out.put("ConsumedCapacity", cc);
        }
    }

    /** Stored items are immutable; their attribute order is kept as given. */
    /**
     * An error a value raised while a PutItem, UpdateItem or DeleteItem was read, with the prefix AWS gives those
     * operations' messages (an empty set: {@code 1 validation error detected: One or more parameter values ...}).
     */
    public static io.kinesisharness.internal.errors.AwsException prefixed(
            io.kinesisharness.internal.errors.AwsException e) {
        try {
            Requests.prefixed(() -> {
                throw e;
            });
        } catch (io.kinesisharness.internal.errors.AwsException reworded) {
            return reworded;
        }
        return e;
    }

    static Map<String, AttributeValue> ordered(Map<String, AttributeValue> item) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }
}
