package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.errors.AwsException;
import java.util.List;
import java.util.Map;

/**
 * Provisioned throughput, enforced when the harness throttles ({@code --throttling}): a provisioned table, or a
 * global secondary index with its own throughput, admits reads and writes while its capacity (with DynamoDB's
 * five minutes of burst) lasts, then answers {@code ProvisionedThroughputExceededException} with its
 * {@code ThrottlingReasons} until the harness clock refills it. A write that changes a global index needs the
 * index's capacity too. On-demand tables are never throttled here. Off by default, like the rest of throttling.
 */
final class Throttle {

    private static final String TABLE = "";
    private static final String TABLE_MESSAGE = "The level of configured provisioned throughput for the table was "
            + "exceeded. Consider increasing your provisioning level with the UpdateTable API.";
    private static final String INDEX_MESSAGE = "The level of configured provisioned throughput for one or more "
            + "global secondary indexes of the table was exceeded. Consider increasing your provisioning level for "
            + "the under-provisioned global secondary indexes with the UpdateTable API";

    private Throttle() {
    }

    /** Whether a read of the table (or of a global index; a local one reads the table's capacity) may start. */
    static boolean canRead(DynamoDbEngine e, Table t, SecondaryIndex index) {
        SecondaryIndex gsi = index != null && index.global() ? index : null;
        return !e.throttling() || t.capacity().available(owner(gsi), false, rate(t, gsi, false), e.nowMillis());
    }

    static void admitRead(DynamoDbEngine e, Table t, SecondaryIndex index) {
        if (!canRead(e, t, index)) {
            throw exceeded(t, index != null && index.global() ? index : null, false);
        }
    }

    static void chargeRead(DynamoDbEngine e, Table t, SecondaryIndex index, double units) {
        if (e.throttling()) {
            SecondaryIndex gsi = index != null && index.global() ? index : null;
            t.capacity().charge(owner(gsi), false, rate(t, gsi, false), units, e.nowMillis());
        }
    }

    static boolean canWrite(DynamoDbEngine e, Table t) {
        return !e.throttling() || t.capacity().available(TABLE, true, rate(t, null, true), e.nowMillis());
    }

    static void admitWrite(DynamoDbEngine e, Table t) {
        if (!canWrite(e, t)) {
            throw exceeded(t, null, true);
        }
    }

    /** Refuses a write (item before and after it) that would change a global index with no capacity left. */
    static void admitIndexWrites(DynamoDbEngine e, Table t, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        if (!e.throttling()) {
            return;
        }
        for (SecondaryIndex gsi : t.globalIndexes()) {
            if ((holds(gsi, t, before) || holds(gsi, t, after))
                    && !t.capacity().available(gsi.name(), true, rate(t, gsi, true), e.nowMillis())) {
                throw exceeded(t, gsi, true);
            }
        }
    }

    /** Charges a write: the table by the larger of the items, each global index it changes by its projection. */
    static void chargeWrite(DynamoDbEngine e, Table t, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after, double factor) {
        if (!e.throttling()) {
            return;
        }
        long now = e.nowMillis();
        t.capacity().charge(TABLE, true, rate(t, null, true), factor * Capacity.writeUnits(before, after), now);
        for (SecondaryIndex gsi : t.globalIndexes()) {
            Map<String, AttributeValue> b = holds(gsi, t, before) ? gsi.project(before, t.key()) : null;
            Map<String, AttributeValue> a = holds(gsi, t, after) ? gsi.project(after, t.key()) : null;
            if (b != null || a != null) {
                t.capacity().charge(gsi.name(), true, rate(t, gsi, true), factor * Capacity.writeUnits(b, a), now);
            }
        }
    }

    /** A write refused by its condition still consumes the table's write capacity, by the item's size. */
    static void chargeFailedCondition(DynamoDbEngine e, Table t, Map<String, AttributeValue> item) {
        if (e.throttling()) {
            t.capacity().charge(TABLE, true, rate(t, null, true), Capacity.writeUnits(item, null), e.nowMillis());
        }
    }

    static AwsException exceeded(Table t, SecondaryIndex gsi, boolean write) {
        String reason = (gsi == null ? "Table" : "Index") + (write ? "Write" : "Read")
                + "ProvisionedThroughputExceeded";
        String resource = gsi == null ? t.arn() : t.arn() + "/index/" + gsi.name();
        return DynamoDbErrors.PROVISIONED_THROUGHPUT_EXCEEDED.exception(gsi == null ? TABLE_MESSAGE : INDEX_MESSAGE)
                .member("ThrottlingReasons", List.of(Map.of("reason", reason, "resource", resource)));
    }

    private static boolean holds(SecondaryIndex gsi, Table t, Map<String, AttributeValue> item) {
        return item != null && item.containsKey(gsi.key().hashName())
                && (!gsi.key().hasRange() || item.containsKey(gsi.key().rangeName()));
    }

    private static String owner(SecondaryIndex gsi) {
        return gsi == null ? TABLE : gsi.name();
    }

    /** Units per second; 0 (unlimited) for an on-demand table. */
    private static long rate(Table t, SecondaryIndex gsi, boolean write) {
        if (t.settings().payPerRequest()) {
            return 0;
        }
        if (gsi != null) {
            return write ? gsi.writeCapacity() : gsi.readCapacity();
        }
        return write ? t.settings().writeCapacity() : t.settings().readCapacity();
    }
}
