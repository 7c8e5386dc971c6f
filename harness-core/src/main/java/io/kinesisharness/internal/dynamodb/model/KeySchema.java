package io.kinesisharness.internal.dynamodb.model;

/**
 * A table's or index's key: the partition (HASH) attribute and, optionally, the sort (RANGE) attribute, each with
 * its scalar type (S, N or B) from the attribute definitions.
 */
public record KeySchema(String hashName, AttributeValue.Type hashType, String rangeName,
        AttributeValue.Type rangeType) {

    public boolean hasRange() {
        return rangeName != null;
    }

    public boolean isKeyAttribute(String name) {
        return name.equals(hashName) || name.equals(rangeName);
    }
}
