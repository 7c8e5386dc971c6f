package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.ItemKey;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ItemCollectionMetrics, answered when a write asks with {@code ReturnItemCollectionMetrics: SIZE} to a table with
 * local secondary indexes (only those tables have item collections, whose size DynamoDB limits to 10 GB): the
 * partition key written and the collection's size as a range of whole gigabytes around the estimate.
 */
final class ItemCollections {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private ItemCollections() {
    }

    /** The metrics of the collection holding {@code item}, or null when the request or table has none. */
    static Map<String, Object> metrics(String returnItemCollectionMetrics, Table t,
            Map<String, AttributeValue> item) {
        if (!"SIZE".equals(returnItemCollectionMetrics) || t.localIndexes().isEmpty() || item == null) {
            return null;
        }
        AttributeValue hash = item.get(t.key().hashName());
        long bytes = 0;
        Map<ItemKey, Map<String, AttributeValue>> partition = t.items().subMap(ItemKey.partitionStart(hash), true,
                ItemKey.partitionEnd(hash), false);
        for (Map<String, AttributeValue> i : partition.values()) {
            bytes += Values.itemSize(i);
            for (SecondaryIndex local : t.localIndexes()) {
                if (i.containsKey(local.key().rangeName())) {
                    bytes += Values.itemSize(local.project(i, t.key()));
                }
            }
        }
        double gib = Math.floor(bytes / GIB);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ItemCollectionKey", Map.of(t.key().hashName(), hash));
        m.put("SizeEstimateRangeGB", List.of(gib, gib + 1));
        return m;
    }
}
