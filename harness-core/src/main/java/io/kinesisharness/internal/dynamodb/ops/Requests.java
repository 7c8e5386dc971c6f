package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.AttributeValue.Type;
import io.kinesisharness.internal.dynamodb.model.ItemKey;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.Values;
import io.kinesisharness.internal.errors.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Checks item requests share, worded as AWS words them: keys against the schema, items, parameter mixing. */
final class Requests {

    private static final java.util.regex.Pattern NAME_KEY = java.util.regex.Pattern.compile("#[0-9A-Za-z_]+");
    private static final java.util.regex.Pattern VALUE_KEY = java.util.regex.Pattern.compile(":[0-9A-Za-z_]+");

    static final long MAX_ITEM_SIZE = 409_600;

    private Requests() {
    }

    /** A Key parameter: exactly the table's key attributes, of their types. */
    static ItemKey key(Table t, Map<String, AttributeValue> key) {
        KeySchema s = t.key();
        int expected = s.hasRange() ? 2 : 1;
        AttributeValue h = key.get(s.hashName());
        AttributeValue r = s.hasRange() ? key.get(s.rangeName()) : null;
        if (key.size() != expected || h == null || h.type() != s.hashType() || s.hasRange()
                && (r == null || r.type() != s.rangeType())) {
            throw DynamoDbErrors.validation("The provided key element does not match the schema");
        }
        checkKeyValue(s.hashName(), h, true, "were invalid:");
        if (r != null) {
            checkKeyValue(s.rangeName(), r, false, "were invalid:");
        }
        return ItemKey.of(s, key);
    }

    /** An Item parameter (PutItem): key attributes present and typed, index keys typed, size within 400 KB. */
    static ItemKey item(Table t, Map<String, AttributeValue> item, boolean batch) {
        KeySchema s = t.key();
        for (String name : s.hasRange() ? List.of(s.hashName(), s.rangeName()) : List.of(s.hashName())) {
            AttributeValue v = item.get(name);
            Type wanted = name.equals(s.hashName()) ? s.hashType() : s.rangeType();
            if (v == null) {
                throw batch ? DynamoDbErrors.validation("The provided key element does not match the schema")
                        : DynamoDbErrors.invalidParameter("Missing the key " + name + " in the item");
            }
            if (v.type() != wanted) {
                throw batch ? DynamoDbErrors.validation("The provided key element does not match the schema")
                        : DynamoDbErrors.invalidParameter("Type mismatch for key " + name + " expected: " + wanted
                                + " actual: " + v.type());
            }
            checkKeyValue(name, v, name.equals(s.hashName()), "are not valid.");
        }
        checkIndexKeys(t, item);
        if (Values.itemSize(item) > MAX_ITEM_SIZE) {
            throw DynamoDbErrors.validation("Item size has exceeded the maximum allowed size");
        }
        return ItemKey.of(s, item);
    }

    /** Index key attributes present in an item must have the index's types and must not be empty. */
    static void checkIndexKeys(Table t, Map<String, AttributeValue> item) {
        for (SecondaryIndex i : t.indexes()) {
            KeySchema k = i.key();
            for (String name : k.hasRange() ? List.of(k.hashName(), k.rangeName()) : List.of(k.hashName())) {
                AttributeValue v = item.get(name);
                if (v == null || t.key().isKeyAttribute(name)) {
                    continue;
                }
                Type wanted = name.equals(k.hashName()) ? k.hashType() : k.rangeType();
                if (v.type() != wanted) {
                    throw DynamoDbErrors.invalidParameter("Type mismatch for Index Key " + name + " Expected: " + wanted
                            + " Actual: " + v.type() + " IndexName: " + i.name());
                }
                if (v.size() == 0) {
                    throw DynamoDbErrors.validation("One or more parameter values are not valid. A value specified for "
                            + "a secondary index key is not supported. The AttributeValue for a key attribute cannot "
                            + "contain an empty " + (v.type() == Type.S ? "string" : "binary") + " value. IndexName: "
                            + i.name() + ", IndexKey: " + name);
                }
            }
        }
    }

    private static void checkKeyValue(String name, AttributeValue v, boolean hash, String form) {
        if ((v.type() == Type.S || v.type() == Type.B) && v.size() == 0) {
            String what = v.type() == Type.S ? "string" : "binary";
            String lead = "are not valid.".equals(form) ? "One or more parameter values are not valid. "
                    : "One or more parameter values were invalid: ";
            throw DynamoDbErrors.validation(lead + "The AttributeValue for a key attribute cannot contain an empty "
                    + what + " value. Key: " + name);
        }
        long size = v.type() == Type.N ? 0 : Values.size(v);
        if (hash && size > 2048) {
            throw DynamoDbErrors.invalidParameter("Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }
        if (!hash && size > 1024) {
            throw DynamoDbErrors.invalidParameter("Aggregated size of all range keys has exceeded the size limit of "
                    + "1024 bytes");
        }
    }

    /**
     * AWS's rule against mixing: a request uses the legacy parameters or the expressions, not both.
     *
     * @param legacy the legacy parameters present, in AWS's order ({@code AttributeUpdates, Expected})
     * @param expressions the expression parameters present ({@code UpdateExpression, ConditionExpression})
     */
    static void noMixing(List<String> legacy, List<String> expressions) {
        if (!legacy.isEmpty() && !expressions.isEmpty()) {
            throw DynamoDbErrors.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {" + String.join(", ", legacy) + "} Expression parameters: {"
                    + String.join(", ", expressions) + "}");
        }
    }

    /** Placeholder maps given without expressions that could use them, or given empty. */
    static void placeholderMaps(Map<String, String> names, Map<String, AttributeValue> values,
            List<String> nameUsers, List<String> valueUsers, boolean anyNameUser, boolean anyValueUser) {
        if (names != null) {
            if (!anyNameUser) {
                throw DynamoDbErrors.validation("ExpressionAttributeNames can only be specified when using expressions");
            }
            if (names.isEmpty()) {
                throw DynamoDbErrors.validation("ExpressionAttributeNames must not be empty");
            }
            for (String k : names.keySet()) {
                if (!NAME_KEY.matcher(k).matches()) {
                    throw DynamoDbErrors.validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                            + k + "\"");
                }
            }
        }
        if (values != null) {
            if (!anyValueUser) {
                throw DynamoDbErrors.validation("ExpressionAttributeValues can only be specified when using expressions: "
                        + String.join(" and ", valueUsers) + (valueUsers.size() > 1 ? " are null" : " is null"));
            }
            if (values.isEmpty()) {
                throw DynamoDbErrors.validation("ExpressionAttributeValues must not be empty");
            }
            for (String k : values.keySet()) {
                if (!VALUE_KEY.matcher(k).matches()) {
                    throw DynamoDbErrors.validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \""
                            + k + "\"");
                }
            }
        }
    }

    /**
     * Runs a write request's validation; the messages AWS now prefixes with {@code 1 validation error detected: } on
     * PutItem, UpdateItem and DeleteItem (recorded in 2026) get the prefix.
     */
    static <T> T prefixed(Supplier<T> validation) {
        try {
            return validation.get();
        } catch (AwsException e) {
            String m = e.getMessage();
            if ("ValidationException".equals(e.code()) && m != null && (m.startsWith("Value provided in Expression")
                    || m.startsWith("ExpressionAttributeValues must not be empty")
                    || m.startsWith("Invalid UpdateExpression: The expression can not be empty;")
                    || m.startsWith("Invalid UpdateExpression: Two document paths overlap")
                    || m.startsWith("Invalid UpdateExpression: The \"")
                    || m.startsWith("One or more parameter values were invalid: An ")
                    || m.startsWith("One or more parameter values were invalid: Binary sets"))) {
                throw DynamoDbErrors.validation("1 validation error detected: " + m);
            }
            throw e;
        }
    }

    /** A copy of an item with only the given top-level attributes. */
    static Map<String, AttributeValue> only(Map<String, AttributeValue> item, List<String> names) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (String n : names) {
            AttributeValue v = item.get(n);
            if (v != null) {
                out.put(n, v);
            }
        }
        return out;
    }

    static List<String> present(Object... pairs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.add((String) pairs[i]);
            }
        }
        return out;
    }
}
