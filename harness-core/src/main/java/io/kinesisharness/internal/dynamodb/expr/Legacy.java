package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.AttributeValueUpdate;
import io.kinesisharness.internal.dynamodb.api.ExpectedAttributeValue;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.AttributeValue.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's legacy parameters made into the expression forms (the engine evaluates one form): {@code Expected},
 * {@code KeyConditions}, {@code QueryFilter} and {@code ScanFilter} into conditions, {@code AttributeUpdates} into
 * update actions, {@code AttributesToGet} into a projection; with AWS's messages for their own rules.
 */
public final class Legacy {

    private Legacy() {
    }

    /** {@code Expected}: each entry a condition on one attribute, joined by the ConditionalOperator (AND default). */
    public static Condition expected(Map<String, ExpectedAttributeValue> expected, String conditionalOperator) {
        Condition result = null;
        for (Map.Entry<String, ExpectedAttributeValue> e : expected.entrySet()) {
            Condition c = expectedEntry(e.getKey(), e.getValue());
            result = result == null ? c : join(result, c, conditionalOperator);
        }
        return result == null ? new Condition.True() : result;
    }

    private static Condition expectedEntry(String name, ExpectedAttributeValue x) {
        boolean hasList = x.attributeValueList() != null && !x.attributeValueList().isEmpty();
        if (x.comparisonOperator() != null) {
            if (x.value() != null && hasList) {
                throw DynamoDbErrors.invalidParameter("Value and AttributeValueList cannot be used together for "
                        + "Attribute: " + name);
            }
            if (x.exists() != null) {
                throw DynamoDbErrors.invalidParameter("Exists and ComparisonOperator cannot be used together for "
                        + "Attribute: " + name);
            }
            List<AttributeValue> values = x.value() != null ? List.of(x.value())
                    : x.attributeValueList() == null ? List.of() : x.attributeValueList();
            return comparison(name, x.comparisonOperator(), values);
        }
        if (hasList) {
            throw DynamoDbErrors.invalidParameter("AttributeValueList can only be used with a ComparisonOperator for "
                    + "Attribute: " + name);
        }
        if (Boolean.FALSE.equals(x.exists())) {
            if (x.value() != null) {
                throw DynamoDbErrors.invalidParameter("Value cannot be used when Exists is false for Attribute: "
                        + name);
            }
            return function("attribute_not_exists", name);
        }
        if (x.value() == null) {
            throw DynamoDbErrors.invalidParameter("Value must be provided when Exists is "
                    + (x.exists() == null ? "null" : "true") + " for Attribute: " + name);
        }
        return new Condition.Compare("=", path(name), value(x.value()));
    }

    /** {@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter} entries. */
    public static Condition conditions(Map<String, io.kinesisharness.internal.dynamodb.api.Condition> conditions,
            String conditionalOperator) {
        Condition result = null;
        for (Map.Entry<String, io.kinesisharness.internal.dynamodb.api.Condition> e : conditions.entrySet()) {
            List<AttributeValue> values = e.getValue().attributeValueList() == null ? List.of()
                    : e.getValue().attributeValueList();
            Condition c = comparison(e.getKey(), e.getValue().comparisonOperator(), values);
            result = result == null ? c : join(result, c, conditionalOperator);
        }
        return result == null ? new Condition.True() : result;
    }

    /** One legacy comparison, with AWS's argument-count and type rules. */
    static Condition comparison(String name, String operator, List<AttributeValue> values) {
        int wanted = switch (operator) {
            case "NULL", "NOT_NULL" -> 0;
            case "BETWEEN" -> 2;
            case "IN" -> -1;
            default -> 1;
        };
        if (wanted >= 0 ? values.size() != wanted : values.isEmpty()) {
            throw DynamoDbErrors.invalidParameter("Invalid number of argument(s) for the " + operator
                    + " ComparisonOperator");
        }
        for (AttributeValue v : values) {
            boolean scalarOnly = switch (operator) {
                case "LT", "LE", "GT", "GE", "BETWEEN", "BEGINS_WITH" -> true;
                default -> false;
            };
            boolean allowed = scalarOnly ? (v.type() == Type.S || v.type() == Type.N || v.type() == Type.B
                    && !"BEGINS_WITH".equals(operator) || "BEGINS_WITH".equals(operator) && v.type() != Type.N
                    && v.isScalarKeyType())
                    : !"CONTAINS".equals(operator) && !"NOT_CONTAINS".equals(operator)
                            || v.isScalarKeyType();
            if (!allowed) {
                throw DynamoDbErrors.invalidParameter("ComparisonOperator " + operator + " is not valid for "
                        + v.type() + " AttributeValue type");
            }
        }
        Operand p = path(name);
        return switch (operator) {
            case "EQ" -> new Condition.Compare("=", p, value(values.get(0)));
            case "NE" -> new Condition.Compare("<>", p, value(values.get(0)));
            case "LT" -> new Condition.Compare("<", p, value(values.get(0)));
            case "LE" -> new Condition.Compare("<=", p, value(values.get(0)));
            case "GT" -> new Condition.Compare(">", p, value(values.get(0)));
            case "GE" -> new Condition.Compare(">=", p, value(values.get(0)));
            case "NULL" -> function("attribute_not_exists", name);
            case "NOT_NULL" -> function("attribute_exists", name);
            case "CONTAINS" -> new Condition.Function("contains", List.of(p, value(values.get(0))));
            case "NOT_CONTAINS" -> new Condition.And(function("attribute_exists", name),
                    new Condition.Not(new Condition.Function("contains", List.of(p, value(values.get(0))))));
            case "BEGINS_WITH" -> new Condition.Function("begins_with", List.of(p, value(values.get(0))));
            case "IN" -> {
                List<Operand> candidates = new ArrayList<>();
                values.forEach(v -> candidates.add(value(v)));
                yield new Condition.In(p, candidates);
            }
            case "BETWEEN" -> new Condition.Between(p, value(values.get(0)), value(values.get(1)));
            default -> throw DynamoDbErrors.validation("1 validation error detected: Value '" + operator
                    + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        };
    }

    /** {@code AttributeUpdates}: PUT sets, DELETE removes (or takes elements from a set), ADD adds. */
    public static List<UpdateAction> attributeUpdates(Map<String, AttributeValueUpdate> updates) {
        List<UpdateAction> actions = new ArrayList<>();
        for (Map.Entry<String, AttributeValueUpdate> e : updates.entrySet()) {
            String name = e.getKey();
            AttributeValueUpdate u = e.getValue();
            String action = u.action() == null ? "PUT" : u.action();
            Path path = Path.of(name);
            switch (action) {
                case "PUT" -> {
                    if (u.value() == null) {
                        throw DynamoDbErrors.invalidParameter("Only DELETE action is allowed when no attribute value "
                                + "is specified");
                    }
                    actions.add(new UpdateAction.Set(path, value(u.value())));
                }
                case "DELETE" -> {
                    if (u.value() == null) {
                        actions.add(new UpdateAction.Remove(path));
                    } else {
                        if (!u.value().isSet()) {
                            throw DynamoDbErrors.invalidParameter("Action DELETE is not supported for the type "
                                    + u.value().type());
                        }
                        actions.add(new UpdateAction.Delete(path, value(u.value())));
                    }
                }
                default -> {
                    if (u.value() == null) {
                        throw DynamoDbErrors.invalidParameter("Only DELETE action is allowed when no attribute value "
                                + "is specified");
                    }
                    if (u.value().type() != Type.N && !u.value().isSet()) {
                        throw DynamoDbErrors.invalidParameter("Action ADD is not supported for the type "
                                + u.value().type());
                    }
                    actions.add(new UpdateAction.Add(path, value(u.value())));
                }
            }
        }
        return actions;
    }

    /** {@code AttributesToGet}: top-level attributes. */
    public static List<Path> attributesToGet(List<String> names) {
        List<Path> paths = new ArrayList<>();
        for (String n : names) {
            paths.add(Path.of(n));
        }
        return paths;
    }

    private static Condition join(Condition a, Condition b, String operator) {
        return "OR".equals(operator) ? new Condition.Or(a, b) : new Condition.And(a, b);
    }

    private static Condition function(String fn, String name) {
        return new Condition.Function(fn, List.of(path(name)));
    }

    private static Operand path(String name) {
        return new Operand.PathOperand(Path.of(name));
    }

    private static Operand value(AttributeValue v) {
        return new Operand.Value(v, null);
    }
}
