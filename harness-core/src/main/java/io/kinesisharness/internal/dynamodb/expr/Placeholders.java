package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's ExpressionAttributeNames and ExpressionAttributeValues, shared by its expressions: resolves
 * placeholders with AWS's messages for undefined ones, and after parsing every expression reports those never used,
 * as AWS does.
 */
public final class Placeholders {

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    public Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
    }

    String name(String placeholder, String kind) {
        String name = names.get(placeholder);
        if (name == null) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": An expression attribute name used in the document "
                    + "path is not defined; attribute name: " + placeholder);
        }
        usedNames.add(placeholder);
        return name;
    }

    AttributeValue value(String placeholder, String kind) {
        AttributeValue v = values.get(placeholder);
        if (v == null) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": An expression attribute value used in expression "
                    + "is not defined; attribute value: " + placeholder);
        }
        usedValues.add(placeholder);
        return v;
    }

    /** After every expression of the request is parsed: names and values given but never used are an error. */
    public void checkAllUsed() {
        Set<String> unusedNames = new TreeSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbErrors.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new TreeSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbErrors.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }

    public boolean isEmpty() {
        return names.isEmpty() && values.isEmpty();
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    public boolean hasValues() {
        return !values.isEmpty();
    }
}
