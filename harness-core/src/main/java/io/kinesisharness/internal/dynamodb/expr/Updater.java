package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.AttributeValue.Type;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import io.kinesisharness.internal.dynamodb.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies update actions to an item as DynamoDB does: every value is computed from the item as it was before the
 * update, then SET, REMOVE, ADD and DELETE take effect; key attributes cannot change and two actions may not touch
 * overlapping paths.
 */
public final class Updater {

    private Updater() {
    }

    /** Checks what can be checked before reading the item (key attributes, overlapping paths). */
    public static void check(List<UpdateAction> actions, KeySchema key, boolean expression) {
        for (UpdateAction a : actions) {
            if (key.isKeyAttribute(a.path().attribute())) {
                String message = "Cannot update attribute " + a.path().attribute() + ". This attribute is part of the key";
                throw expression ? DynamoDbErrors.validation(message) : DynamoDbErrors.invalidParameter(message);
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            for (int j = i + 1; j < actions.size(); j++) {
                Path a = actions.get(i).path();
                Path b = actions.get(j).path();
                if (a.overlaps(b)) {
                    throw DynamoDbErrors.validation("Invalid UpdateExpression: Two document paths overlap with each "
                            + "other; must remove or rewrite one of these paths; path one: " + a.printed()
                            + ", path two: " + b.printed());
                }
            }
        }
    }

    /** The item after the actions ({@code item} null: an item made of the key alone). */
    public static Map<String, AttributeValue> apply(List<UpdateAction> actions, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> before = item;
        List<Object[]> computed = new ArrayList<>(actions.size());
        for (UpdateAction a : actions) {
            if (a instanceof UpdateAction.Set s) {
                computed.add(new Object[] {a, setValue(s.value(), before)});
            } else {
                computed.add(new Object[] {a, null});
            }
        }
        Map<String, AttributeValue> after = new LinkedHashMap<>(item);
        for (Object[] c : computed) {
            UpdateAction a = (UpdateAction) c[0];
            if (a instanceof UpdateAction.Set) {
                put(after, a.path(), (AttributeValue) c[1]);
            } else if (a instanceof UpdateAction.Remove) {
                remove(after, a.path());
            } else if (a instanceof UpdateAction.Add add) {
                AttributeValue v = ((Operand.Value) add.value()).value();
                AttributeValue current = Evaluator.resolve(a.path(), before);
                put(after, a.path(), add(current, v));
            } else {
                AttributeValue v = ((Operand.Value) ((UpdateAction.Delete) a).value()).value();
                AttributeValue current = Evaluator.resolve(a.path(), before);
                AttributeValue rest = delete(current, v);
                if (rest == null) {
                    remove(after, a.path());
                } else {
                    put(after, a.path(), rest);
                }
            }
        }
        return after;
    }

    /** Checks ADD and DELETE values before reading the item: numbers or sets for ADD, sets for DELETE. */
    public static void checkOperandTypes(List<UpdateAction> actions) {
        for (UpdateAction a : actions) {
            if (a instanceof UpdateAction.Add add) {
                AttributeValue v = ((Operand.Value) add.value()).value();
                if (v.type() != Type.N && !v.isSet()) {
                    throw incorrectType("ADD", v.type());
                }
            } else if (a instanceof UpdateAction.Delete del) {
                AttributeValue v = ((Operand.Value) del.value()).value();
                if (!v.isSet()) {
                    throw incorrectType("DELETE", v.type());
                }
            }
        }
    }

    private static io.kinesisharness.internal.errors.AwsException incorrectType(String op, Type type) {
        return DynamoDbErrors.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator: " + op + ", operand type: " + longName(type));
    }

    /** The ADD and DELETE sections name operand types in full. */
    private static String longName(Type type) {
        return switch (type) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case BOOL -> "BOOLEAN";
            case NULL -> "NULL";
            case L -> "LIST";
            case M -> "MAP";
            default -> type.name();
        };
    }

    private static AttributeValue setValue(Operand o, Map<String, AttributeValue> item) {
        if (o instanceof Operand.Value v) {
            return v.value();
        }
        if (o instanceof Operand.PathOperand p) {
            AttributeValue v = Evaluator.resolve(p.path(), item);
            if (v == null) {
                throw missingAttribute();
            }
            return v;
        }
        if (o instanceof Operand.IfNotExists ine) {
            AttributeValue v = Evaluator.resolve(ine.path(), item);
            return v != null ? v : setValue(ine.fallback(), item);
        }
        if (o instanceof Operand.ListAppend la) {
            AttributeValue a = setValue(la.first(), item);
            AttributeValue b = setValue(la.second(), item);
            if (a.type() != Type.L || b.type() != Type.L) {
                throw DynamoDbErrors.validation("Invalid UpdateExpression: Incorrect operand type for operator or "
                        + "function; operator or function: list_append, operand type: "
                        + (a.type() != Type.L ? a.type() : b.type()).name());
            }
            List<AttributeValue> joined = new ArrayList<>(a.l());
            joined.addAll(b.l());
            return AttributeValue.l(joined);
        }
        Operand.Arithmetic ar = (Operand.Arithmetic) o;
        AttributeValue a = setValue(ar.left(), item);
        AttributeValue b = setValue(ar.right(), item);
        if (a.type() != Type.N || b.type() != Type.N) {
            throw DynamoDbErrors.validation("An operand in the update expression has an incorrect data type");
        }
        BigDecimal result = ar.operator() == '+' ? a.n().add(b.n()) : a.n().subtract(b.n());
        return AttributeValue.n(Numbers.canonical(result));
    }

    private static io.kinesisharness.internal.errors.AwsException missingAttribute() {
        return DynamoDbErrors.validation("The provided expression refers to an attribute that does not exist in the "
                + "item");
    }

    private static AttributeValue add(AttributeValue current, AttributeValue v) {
        if (current == null) {
            return v;
        }
        if (current.type() == Type.N && v.type() == Type.N) {
            return AttributeValue.n(Numbers.canonical(current.n().add(v.n())));
        }
        if (current.type() != v.type()) {
            throw DynamoDbErrors.validation("An operand in the update expression has an incorrect data type");
        }
        return switch (v.type()) {
            case SS -> {
                List<String> union = new ArrayList<>(current.ss());
                v.ss().stream().filter(x -> !union.contains(x)).forEach(union::add);
                yield AttributeValue.ss(union);
            }
            case NS -> {
                List<String> union = new ArrayList<>();
                current.ns().forEach(n -> union.add(Numbers.text(n)));
                for (BigDecimal n : v.ns()) {
                    if (current.ns().stream().noneMatch(x -> x.compareTo(n) == 0)) {
                        union.add(Numbers.text(n));
                    }
                }
                yield AttributeValue.ns(union);
            }
            default -> {
                List<byte[]> union = new ArrayList<>(current.bs());
                v.bs().stream().filter(x -> union.stream().noneMatch(y -> Arrays.equals(x, y))).forEach(union::add);
                yield AttributeValue.bs(union);
            }
        };
    }

    private static AttributeValue delete(AttributeValue current, AttributeValue v) {
        if (current == null) {
            return null;
        }
        if (current.type() != v.type()) {
            throw DynamoDbErrors.validation("An operand in the update expression has an incorrect data type");
        }
        return switch (v.type()) {
            case SS -> {
                List<String> rest = new ArrayList<>(current.ss());
                rest.removeAll(v.ss());
                yield rest.isEmpty() ? null : AttributeValue.ss(rest);
            }
            case NS -> {
                List<String> rest = new ArrayList<>();
                for (BigDecimal n : current.ns()) {
                    if (v.ns().stream().noneMatch(x -> x.compareTo(n) == 0)) {
                        rest.add(Numbers.text(n));
                    }
                }
                yield rest.isEmpty() ? null : AttributeValue.ns(rest);
            }
            default -> {
                List<byte[]> rest = new ArrayList<>(current.bs());
                rest.removeIf(x -> v.bs().stream().anyMatch(y -> Arrays.equals(x, y)));
                yield rest.isEmpty() ? null : AttributeValue.bs(rest);
            }
        };
    }

    /** Sets the value at a path; the path's parent must exist and be a map or list. */
    private static void put(Map<String, AttributeValue> item, Path path, AttributeValue value) {
        List<Object> e = path.elements();
        if (e.size() == 1) {
            item.put(path.attribute(), value);
            return;
        }
        item.put(path.attribute(), withChild(item.get(path.attribute()), e, 1, value));
    }

    private static AttributeValue withChild(AttributeValue container, List<Object> e, int i, AttributeValue value) {
        if (container == null) {
            throw invalidPath();
        }
        Object step = e.get(i);
        boolean last = i == e.size() - 1;
        if (step instanceof Integer index) {
            if (container.type() != Type.L) {
                throw invalidPath();
            }
            List<AttributeValue> list = new ArrayList<>(container.l());
            if (last) {
                if (index < list.size()) {
                    list.set(index, value);
                } else {
                    list.add(value);
                }
            } else {
                if (index >= list.size()) {
                    throw invalidPath();
                }
                list.set(index, withChild(list.get(index), e, i + 1, value));
            }
            return AttributeValue.l(list);
        }
        if (container.type() != Type.M) {
            throw invalidPath();
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>(container.m());
        String key = (String) step;
        map.put(key, last ? value : withChild(map.get(key), e, i + 1, value));
        return AttributeValue.m(map);
    }

    private static void remove(Map<String, AttributeValue> item, Path path) {
        List<Object> e = path.elements();
        if (e.size() == 1) {
            item.remove(path.attribute());
            return;
        }
        AttributeValue top = item.get(path.attribute());
        AttributeValue updated = without(top, e, 1);
        if (updated != null) {
            item.put(path.attribute(), updated);
        }
    }

    /** The container without the element at the path, or null when the path does not lead anywhere (no change). */
    private static AttributeValue without(AttributeValue container, List<Object> e, int i) {
        if (container == null) {
            return null;
        }
        Object step = e.get(i);
        boolean last = i == e.size() - 1;
        if (step instanceof Integer index) {
            if (container.type() != Type.L || index >= container.l().size()) {
                return null;
            }
            List<AttributeValue> list = new ArrayList<>(container.l());
            if (last) {
                list.remove((int) index);
            } else {
                AttributeValue child = without(list.get(index), e, i + 1);
                if (child == null) {
                    return null;
                }
                list.set(index, child);
            }
            return AttributeValue.l(list);
        }
        if (container.type() != Type.M || !container.m().containsKey(step)) {
            return null;
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>(container.m());
        if (last) {
            map.remove(step);
        } else {
            AttributeValue child = without(map.get(step), e, i + 1);
            if (child == null) {
                return null;
            }
            map.put((String) step, child);
        }
        return AttributeValue.m(map);
    }

    private static io.kinesisharness.internal.errors.AwsException invalidPath() {
        return DynamoDbErrors.validation("The document path provided in the update expression is invalid for update");
    }
}
