package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.ConditionCheck;
import io.kinesisharness.internal.dynamodb.api.Delete;
import io.kinesisharness.internal.dynamodb.api.Get;
import io.kinesisharness.internal.dynamodb.api.Put;
import io.kinesisharness.internal.dynamodb.api.TransactGetItem;
import io.kinesisharness.internal.dynamodb.api.TransactGetItemsInput;
import io.kinesisharness.internal.dynamodb.api.TransactWriteItem;
import io.kinesisharness.internal.dynamodb.api.TransactWriteItemsInput;
import io.kinesisharness.internal.dynamodb.api.Update;
import io.kinesisharness.internal.dynamodb.expr.Condition;
import io.kinesisharness.internal.dynamodb.expr.Evaluator;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TransactWriteItems and TransactGetItems: every table involved is locked (in one order, so transactions never
 * deadlock), every condition checked, then every write made, or none with the cancellation reasons.
 * ClientRequestToken makes a repeated transaction a no-op for ten minutes of harness time.
 */
public final class TransactionOperations {

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final DynamoDbEngine engine;
    private final Map<String, Object[]> tokens = new ConcurrentHashMap<>();

    public TransactionOperations(DynamoDbEngine engine) {
        this.engine = engine;
    }

    /** One action, resolved: its table and key, its condition, what it writes. */
    private record Action(Table table, ItemKey key, Condition condition, String onFailure, String kind,
            Map<String, AttributeValue> item, List<UpdateAction> updates, Map<String, AttributeValue> keyAttributes) {
    }

    public Map<String, Object> transactWriteItems(RequestContext ctx, TransactWriteItemsInput in) {
        String token = in.clientRequestToken();
        if (token != null) {
            Object[] seen = tokens.get(ctx.scope().accountId() + "/" + token);
            Instant now = engine.now();
            if (seen != null && now.isBefore((Instant) seen[1])) {
                if (!seen[0].equals(in.toString())) {
                    throw DynamoDbErrors.IDEMPOTENT_PARAMETER_MISMATCH.exception("Request parameters do not match "
                            + "the original request for this ClientRequestToken");
                }
                return Map.of();
            }
        }
        List<Action> actions = new ArrayList<>();
        for (TransactWriteItem w : in.transactItems()) {
            int n = (w.put() != null ? 1 : 0) + (w.update() != null ? 1 : 0) + (w.delete() != null ? 1 : 0)
                    + (w.conditionCheck() != null ? 1 : 0);
            if (n != 1) {
                throw DynamoDbErrors.validation("TransactItems can only contain one of Check, Put, Update or Delete");
            }
            actions.add(action(ctx.scope(), w));
        }
        Set<String> keys = new HashSet<>();
        for (Action a : actions) {
            if (!keys.add(a.table().arn() + "|" + a.key())) {
                throw DynamoDbErrors.validation("Transaction request cannot include multiple operations on one item");
            }
        }
        List<Table> tables = lockOrder(actions);
        Map<String, List<Map<String, Object>>> collections = new LinkedHashMap<>();
        tables.forEach(t -> Throttle.admitWrite(engine, t));
        tables.forEach(t -> t.lock().lock());
        try {
            List<Map<String, Object>> reasons = new ArrayList<>();
            boolean failed = false;
            List<Map<String, AttributeValue>> results = new ArrayList<>();
            for (Action a : actions) {
                Map<String, AttributeValue> current = a.table().get(a.key());
                Map<String, Object> reason = new LinkedHashMap<>();
                if (a.condition() != null && !Evaluator.test(a.condition(), current, "ConditionExpression")) {
                    failed = true;
                    reason.put("Code", "ConditionalCheckFailed");
                    reason.put("Message", "The conditional request failed");
                    if ("ALL_OLD".equals(a.onFailure()) && current != null) {
                        reason.put("Item", current);
                    }
                    results.add(null);
                } else {
                    reason.put("Code", "None");
                    results.add(outcome(a, current));
                }
                reasons.add(reason);
            }
            if (failed) {
                List<String> codes = reasons.stream().map(r -> (String) r.get("Code")).toList();
                throw DynamoDbErrors.TRANSACTION_CANCELED.exception("Transaction cancelled, please refer cancellation "
                        + "reasons for specific reasons " + codes).member("CancellationReasons", reasons);
            }
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                if (!"Check".equals(a.kind())) {
                    Map<String, AttributeValue> before = a.table().get(a.key());
                    a.table().write(a.key(), results.get(i));
                    // A transactional write costs twice a plain one.
                    Throttle.chargeWrite(engine, a.table(), before, results.get(i), 2);
                    Map<String, Object> metrics = ItemCollections.metrics(in.returnItemCollectionMetrics(),
                            a.table(), results.get(i) != null ? results.get(i) : before);
                    if (metrics != null) {
                        collections.computeIfAbsent(a.table().name(), n -> new ArrayList<>()).add(metrics);
                    }
                }
            }
        } finally {
            tables.forEach(t -> t.lock().unlock());
        }
        if (token != null) {
            tokens.put(ctx.scope().accountId() + "/" + token, new Object[] {in.toString(),
                    engine.now().plus(TOKEN_LIFETIME)});
        }
        return collections.isEmpty() ? Map.of() : Map.of("ItemCollectionMetrics", collections);
    }

    /** What an action leaves at its key (null: nothing), checked for size and index key types. */
    private static Map<String, AttributeValue> outcome(Action a, Map<String, AttributeValue> current) {
        switch (a.kind()) {
            case "Put":
                return a.item();
            case "Delete":
                return null;
            case "Update": {
                Map<String, AttributeValue> after = Updater.apply(a.updates(),
                        current != null ? current : new LinkedHashMap<>(a.keyAttributes()));
                Requests.checkIndexKeys(a.table(), after);
                if (Values.itemSize(after) > Requests.MAX_ITEM_SIZE) {
                    throw DynamoDbErrors.validation("Item size to update has exceeded the maximum allowed size");
                }
                return ItemOperations.ordered(after);
            }
            default:
                return current;
        }
    }

    private Action action(Scope scope, TransactWriteItem w) {
        if (w.put() != null) {
            Put p = w.put();
            Placeholders ph = placeholders(p.expressionAttributeNames(), p.expressionAttributeValues(),
                    p.conditionExpression() != null);
            Condition c = condition(p.conditionExpression(), ph);
            ph.checkAllUsed();
            Table t = engine.readyTable(scope, p.tableName());
            ItemKey k = Requests.item(t, p.item(), false);
            return new Action(t, k, c, p.returnValuesOnConditionCheckFailure(), "Put",
                    ItemOperations.ordered(p.item()), null, null);
        }
        if (w.delete() != null) {
            Delete d = w.delete();
            Placeholders ph = placeholders(d.expressionAttributeNames(), d.expressionAttributeValues(),
                    d.conditionExpression() != null);
            Condition c = condition(d.conditionExpression(), ph);
            ph.checkAllUsed();
            Table t = engine.readyTable(scope, d.tableName());
            return new Action(t, Requests.key(t, d.key()), c, d.returnValuesOnConditionCheckFailure(), "Delete",
                    null, null, null);
        }
        if (w.update() != null) {
            Update u = w.update();
            Placeholders ph = placeholders(u.expressionAttributeNames(), u.expressionAttributeValues(), true);
            List<UpdateAction> updates = Parser.update(u.updateExpression(), ph);
            Condition c = condition(u.conditionExpression(), ph);
            ph.checkAllUsed();
            Table t = engine.readyTable(scope, u.tableName());
            ItemKey k = Requests.key(t, u.key());
            Updater.check(updates, t.key(), true);
            Updater.checkOperandTypes(updates);
            return new Action(t, k, c, u.returnValuesOnConditionCheckFailure(), "Update", null, updates, u.key());
        }
        ConditionCheck cc = w.conditionCheck();
        Placeholders ph = placeholders(cc.expressionAttributeNames(), cc.expressionAttributeValues(), true);
        Condition c = Parser.condition(cc.conditionExpression(), "ConditionExpression", ph);
        ph.checkAllUsed();
        Table t = engine.readyTable(scope, cc.tableName());
        return new Action(t, Requests.key(t, cc.key()), c, cc.returnValuesOnConditionCheckFailure(), "Check", null,
                null, null);
    }

    private static Placeholders placeholders(Map<String, String> names, Map<String, AttributeValue> values,
            boolean expressions) {
        Requests.placeholderMaps(names, values, List.of(), List.of("ConditionExpression"), expressions, expressions);
        return new Placeholders(names, values);
    }

    private static Condition condition(String expression, Placeholders ph) {
        return expression == null ? null : Parser.condition(expression, "ConditionExpression", ph);
    }

    private static List<Table> lockOrder(List<Action> actions) {
        TreeSet<Table> order = new TreeSet<>(Comparator.comparing(Table::arn).thenComparing(Table::id));
        actions.forEach(a -> order.add(a.table()));
        return new ArrayList<>(order);
    }

    public Map<String, Object> transactGetItems(RequestContext ctx, TransactGetItemsInput in) {
        List<Object[]> gets = new ArrayList<>();
        for (TransactGetItem g : in.transactItems()) {
            Get get = g.get();
            Requests.placeholderMaps(get.expressionAttributeNames(), null, List.of(), List.of(),
                    get.projectionExpression() != null, false);
            Placeholders ph = new Placeholders(get.expressionAttributeNames(), null);
            List<Path> projection = get.projectionExpression() == null ? null
                    : Parser.projection(get.projectionExpression(), ph);
            ph.checkAllUsed();
            Table t = engine.readyTable(ctx.scope(), get.tableName());
            gets.add(new Object[] {t, Requests.key(t, get.key()), projection});
        }
        List<Table> tables = new ArrayList<>(new TreeSet<>(Comparator.comparing(Table::arn)
                .thenComparing(Table::id)) {
            {
                gets.forEach(x -> add((Table) x[0]));
            }
        });
        tables.forEach(t -> Throttle.admitRead(engine, t, null));
        tables.forEach(t -> t.lock().lock());
        List<Map<String, Object>> responses = new ArrayList<>();
        try {
            for (Object[] g : gets) {
                Map<String, AttributeValue> item = ((Table) g[0]).get((ItemKey) g[1]);
                // A transactional read costs twice a strongly consistent one.
                Throttle.chargeRead(engine, (Table) g[0], null,
                        2 * Capacity.readUnits(item == null ? 0 : Values.itemSize(item), true));
                @SuppressWarnings("unchecked")
                List<Path> projection = (List<Path>) g[2];
                responses.add(item == null ? Map.of() : Map.of("Item", Projections.apply(projection, item)));
            }
        } finally {
            tables.forEach(t -> t.lock().unlock());
        }
        return Map.of("Responses", responses);
    }
}
