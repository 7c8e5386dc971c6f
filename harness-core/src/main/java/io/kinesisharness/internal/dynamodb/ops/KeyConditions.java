package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.expr.Condition;
import io.kinesisharness.internal.dynamodb.expr.Operand;
import io.kinesisharness.internal.dynamodb.expr.Path;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import java.util.ArrayList;
import java.util.List;

/**
 * A Query's key condition, taken apart as DynamoDB requires it: an equality on the partition key and at most one
 * condition on the sort key (a comparison, BETWEEN or begins_with), joined by AND; with AWS's messages for the rest.
 *
 * @param hash the partition key's value
 * @param range the sort key's condition, or null
 */
record KeyConditions(AttributeValue hash, Condition range) {

    static KeyConditions of(Condition c, KeySchema key, boolean expression) {
        List<Condition> parts = new ArrayList<>();
        flatten(c, parts, expression);
        if (!expression && parts.size() > 2) {
            throw DynamoDbErrors.validation("Conditions can be of length 1 or 2 only");
        }
        AttributeValue hash = null;
        Condition range = null;
        for (Condition part : parts) {
            Path path = keyPath(part, expression);
            String name = path.attribute();
            if (name.equals(key.hashName())) {
                if (hash != null) {
                    throw onePerKey(expression);
                }
                if (!(part instanceof Condition.Compare cmp) || !"=".equals(cmp.operator())) {
                    throw expression ? DynamoDbErrors.validation("Query key condition not supported")
                            : DynamoDbErrors.validation("Query key condition not supported");
                }
                hash = value(cmp.right(), key.hashType());
            } else if (key.hasRange() && name.equals(key.rangeName())) {
                if (range != null) {
                    throw onePerKey(expression);
                }
                checkTypes(part, key.rangeType());
                range = part;
            } else {
                throw DynamoDbErrors.validation("Query condition missed key schema element: "
                        + (hash == null && !name.equals(key.hashName()) && parts.size() == 1 ? key.hashName()
                                : key.hasRange() ? key.rangeName() : key.hashName()));
            }
        }
        if (hash == null) {
            throw DynamoDbErrors.validation("Query condition missed key schema element: " + key.hashName());
        }
        return new KeyConditions(hash, range);
    }

    private static io.kinesisharness.internal.errors.AwsException onePerKey(boolean expression) {
        return DynamoDbErrors.validation(expression ? "KeyConditionExpressions must only contain one condition per key"
                : "Query key condition not supported");
    }

    private static void flatten(Condition c, List<Condition> out, boolean expression) {
        if (c instanceof Condition.And and) {
            flatten(and.left(), out, expression);
            flatten(and.right(), out, expression);
            return;
        }
        if (c instanceof Condition.Or) {
            throw DynamoDbErrors.validation("Invalid operator used in KeyConditionExpression: OR");
        }
        if (c instanceof Condition.Not) {
            throw DynamoDbErrors.validation("Invalid operator used in KeyConditionExpression: NOT");
        }
        if (c instanceof Condition.In) {
            throw expression ? DynamoDbErrors.validation("Invalid operator used in KeyConditionExpression: IN")
                    : DynamoDbErrors.validation("Attempted conditional constraint is not an indexable operation");
        }
        if (c instanceof Condition.Compare cmp && "<>".equals(cmp.operator())) {
            throw expression ? DynamoDbErrors.validation("Invalid operator used in KeyConditionExpression: <>")
                    : DynamoDbErrors.validation("Attempted conditional constraint is not an indexable operation");
        }
        if (c instanceof Condition.Function f && !"begins_with".equals(f.name())) {
            throw expression ? DynamoDbErrors.validation("Invalid operator used in KeyConditionExpression: "
                    + f.name()) : DynamoDbErrors.validation("Attempted conditional constraint is not an indexable "
                    + "operation");
        }
        out.add(c);
    }

    /** The key attribute a single condition is on: the first operand, a plain top-level path. */
    private static Path keyPath(Condition part, boolean expression) {
        Operand first;
        Operand second = null;
        if (part instanceof Condition.Compare cmp) {
            first = cmp.left();
            second = cmp.right();
            if (first instanceof Operand.Value && second instanceof Operand.PathOperand) {
                first = cmp.right();
                second = cmp.left();
            }
        } else if (part instanceof Condition.Between b) {
            first = b.value();
            if (!(first instanceof Operand.PathOperand)) {
                throw DynamoDbErrors.validation("Invalid condition in KeyConditionExpression: BETWEEN operator must "
                        + "have the key attribute as its first operand");
            }
        } else {
            first = ((Condition.Function) part).arguments().get(0);
        }
        if (first instanceof Operand.Size || second instanceof Operand.Size) {
            throw DynamoDbErrors.validation("KeyConditionExpressions cannot contain nested operations");
        }
        if (second instanceof Operand.PathOperand) {
            throw DynamoDbErrors.validation("Invalid KeyConditionExpression: Invalid condition in "
                    + "KeyConditionExpression: Multiple attribute names used in one condition");
        }
        if (!(first instanceof Operand.PathOperand p)) {
            throw DynamoDbErrors.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        if (!p.path().isTopLevel()) {
            throw DynamoDbErrors.validation("KeyConditionExpressions cannot have conditions on nested attributes");
        }
        return p.path();
    }

    private static AttributeValue value(Operand o, AttributeValue.Type type) {
        AttributeValue v = ((Operand.Value) o).value();
        if (v.type() != type) {
            throw DynamoDbErrors.invalidParameter("Condition parameter type does not match schema type");
        }
        return v;
    }

    private static void checkTypes(Condition part, AttributeValue.Type type) {
        List<Operand> values = new ArrayList<>();
        if (part instanceof Condition.Compare cmp) {
            values.add(cmp.left() instanceof Operand.Value ? cmp.left() : cmp.right());
        } else if (part instanceof Condition.Between b) {
            values.add(b.low());
            values.add(b.high());
        } else {
            values.add(((Condition.Function) part).arguments().get(1));
            if (type == AttributeValue.Type.N) {
                throw DynamoDbErrors.validation("Invalid KeyConditionExpression: Incorrect operand type for operator "
                        + "or function; operator or function: begins_with, operand type: N");
            }
        }
        for (Operand o : values) {
            value(o, type);
        }
    }
}
