package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ConsumedCapacity as DynamoDB reckons it: a write costs one unit per KB of the larger of the old and new item, a
 * read one unit per 4 KB (half for an eventually consistent read). Answered only when ReturnConsumedCapacity asks.
 */
final class Capacity {

    private Capacity() {
    }

    static double writeUnits(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        long size = Math.max(before == null ? 0 : Values.itemSize(before), after == null ? 0 : Values.itemSize(after));
        return Math.max(1, (size + 1023) / 1024);
    }

    static double readUnits(long bytes, boolean consistent) {
        double units = Math.max(1, (bytes + 4095) / 4096);
        return consistent ? units : units / 2;
    }

    /** The ConsumedCapacity member, or null when the request did not ask (NONE or absent). */
    static Map<String, Object> of(String returnConsumedCapacity, Table t, double units, boolean write) {
        if (returnConsumedCapacity == null || "NONE".equals(returnConsumedCapacity)) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("TableName", t.name());
        c.put("CapacityUnits", units);
        if ("INDEXES".equals(returnConsumedCapacity)) {
            c.put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", units);
            c.put("Table", Map.of("CapacityUnits", units, write ? "WriteCapacityUnits" : "ReadCapacityUnits", units));
        }
        return c;
    }
}
