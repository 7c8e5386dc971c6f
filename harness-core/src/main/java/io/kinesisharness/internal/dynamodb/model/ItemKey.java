package io.kinesisharness.internal.dynamodb.model;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

/**
 * Where an item sits in a table or index: ordered first by a hash of its partition key (so a Scan walks items in an
 * order unrelated to their keys, as DynamoDB's does, and a parallel scan's segments are ranges of that hash), then by
 * the partition key, then by the sort key (so a Query reads a partition in sort-key order).
 *
 * @param tableKey for an index entry, the base item's key (breaks ties between items with equal index keys);
 *     null for a table's own key
 */
public record ItemKey(long partitionHash, AttributeValue hash, AttributeValue range, ItemKey tableKey)
        implements Comparable<ItemKey> {

    public static ItemKey of(KeySchema schema, Map<String, AttributeValue> item) {
        AttributeValue h = item.get(schema.hashName());
        AttributeValue r = schema.hasRange() ? item.get(schema.rangeName()) : null;
        return new ItemKey(hashOf(h), h, r, null);
    }

    /** An index entry's key, or null when the item lacks the index's key attributes (sparse indexes). */
    public static ItemKey ofIndex(KeySchema index, Map<String, AttributeValue> item, ItemKey tableKey) {
        AttributeValue h = item.get(index.hashName());
        if (h == null || h.type() != index.hashType()) {
            return null;
        }
        AttributeValue r = null;
        if (index.hasRange()) {
            r = item.get(index.rangeName());
            if (r == null || r.type() != index.rangeType()) {
                return null;
            }
        }
        return new ItemKey(hashOf(h), h, r, tableKey);
    }

    /** Sorts after every sort key (a partition's end); compared by identity. */
    private static final AttributeValue END = AttributeValue.nul();

    /** Just past the last key of a partition. */
    public static ItemKey partitionEnd(AttributeValue hash) {
        return new ItemKey(hashOf(hash), hash, END, null);
    }

    /** The first key of a partition (before every sort key). */
    public static ItemKey partitionStart(AttributeValue hash) {
        return new ItemKey(hashOf(hash), hash, null, null);
    }

    /** Position in [0, 2^64) as an unsigned number, for scan segments. */
    public static long hashOf(AttributeValue hash) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) hash.type().ordinal());
            md5.update(Values.keyBytes(hash));
            return ByteBuffer.wrap(md5.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int compareTo(ItemKey o) {
        int c = Long.compareUnsigned(partitionHash, o.partitionHash);
        if (c != 0) {
            return c;
        }
        c = compareKeyValues(hash, o.hash);
        if (c != 0) {
            return c;
        }
        c = compareKeyValues(range, o.range);
        if (c != 0) {
            return c;
        }
        if (tableKey == null || o.tableKey == null) {
            return tableKey == null ? (o.tableKey == null ? 0 : -1) : 1;
        }
        return tableKey.compareTo(o.tableKey);
    }

    /** Null (a partition's start) first; keys of one attribute always have one type. */
    private static int compareKeyValues(AttributeValue a, AttributeValue b) {
        if (a == END || b == END) {
            return a == b ? 0 : a == END ? 1 : -1;
        }
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.type() != b.type()) {
            return Integer.compare(a.type().ordinal(), b.type().ordinal());
        }
        return a.type() == AttributeValue.Type.B ? Arrays.compareUnsigned(a.b(), b.b()) : Values.compare(a, b);
    }
}
