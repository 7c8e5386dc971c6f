package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.CapacityBuckets;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.model.SecondaryIndex;
import io.kinesisharness.internal.dynamodb.model.Table;
import io.kinesisharness.internal.dynamodb.model.Throughputs;
import io.kinesisharness.internal.errors.AwsException;
import java.util.List;
import java.util.Map;

/**
 * Provisioned throughput, enforced when the harness throttles ({@code --throttling}): a provisioned table, or a
 * global secondary index with its own throughput, admits reads and writes while its capacity (with DynamoDB's
 * five minutes of burst) lasts, then answers {@code ProvisionedThroughputExceededException} with its
 * {@code ThrottlingReasons} until the harness clock refills it. A write that changes a global index needs the
 * index's capacity too. An on-demand table or index is limited only by an OnDemandThroughput maximum, when it has
 * one. Off by default, like the rest of throttling.
 */
final class Throttle {

    private static final String TABLE = "";
    private static final String TABLE_MESSAGE = "The level of configured provisioned throughput for the table was "
            + "exceeded. Consider increasing your provisioning level with the UpdateTable API.";
    private static final String INDEX_MESSAGE = "The level of configured provisioned throughput for one or more "
            + "global secondary indexes of the table was exceeded. Consider increasing your provisioning level for "
            + "the under-provisioned global secondary indexes with the UpdateTable API";
    private static final String ON_DEMAND_MESSAGE = "Throughput exceeds the maximum OnDemandThroughput configured on "
            + "table or index";

    /** What limits a table's or index's reads or writes: units a second, seconds of burst, and the limit's name. */
    private record Limit(long unitsPerSecond, long burstSeconds, String type) {
        static final Limit NONE = new Limit(0, 0, null);
    }

    private Throttle() {
    }

    /** Whether a read of the table (or of a global index; a local one reads the table's capacity) may start. */
    static boolean canRead(DynamoDbEngine e, Table t, SecondaryIndex index) {
        return !e.throttling() || available(e, t, global(index), false);
    }

    static void admitRead(DynamoDbEngine e, Table t, SecondaryIndex index) {
        if (!canRead(e, t, index)) {
            throw exceeded(t, global(index), false);
        }
    }

    static void chargeRead(DynamoDbEngine e, Table t, SecondaryIndex index, double units) {
        if (e.throttling()) {
            charge(e, t, global(index), false, units);
        }
    }

    static boolean canWrite(DynamoDbEngine e, Table t) {
        return !e.throttling() || available(e, t, null, true);
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
            if ((holds(gsi, before) || holds(gsi, after)) && !available(e, t, gsi, true)) {
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
        charge(e, t, null, true, factor * Capacity.writeUnits(before, after));
        for (SecondaryIndex gsi : t.globalIndexes()) {
            Map<String, AttributeValue> b = holds(gsi, before) ? gsi.project(before, t.key()) : null;
            Map<String, AttributeValue> a = holds(gsi, after) ? gsi.project(after, t.key()) : null;
            if (b != null || a != null) {
                charge(e, t, gsi, true, factor * Capacity.writeUnits(b, a));
            }
        }
    }

    /** A write refused by its condition still consumes the table's write capacity, by the item's size. */
    static void chargeFailedCondition(DynamoDbEngine e, Table t, Map<String, AttributeValue> item) {
        if (e.throttling()) {
            charge(e, t, null, true, Capacity.writeUnits(item, null));
        }
    }

    static AwsException exceeded(Table t, SecondaryIndex gsi, boolean write) {
        Limit limit = limit(t, gsi, write);
        String type = limit.type() != null ? limit.type() : "ProvisionedThroughputExceeded";
        String reason = (gsi == null ? "Table" : "Index") + (write ? "Write" : "Read") + type;
        String resource = gsi == null ? t.arn() : t.arn() + "/index/" + gsi.name();
        String message = t.settings().payPerRequest() ? ON_DEMAND_MESSAGE : gsi == null ? TABLE_MESSAGE
                : INDEX_MESSAGE;
        return DynamoDbErrors.PROVISIONED_THROUGHPUT_EXCEEDED.exception(message)
                .member("ThrottlingReasons", List.of(Map.of("reason", reason, "resource", resource)));
    }

    private static boolean available(DynamoDbEngine e, Table t, SecondaryIndex gsi, boolean write) {
        Limit limit = limit(t, gsi, write);
        return t.capacity().available(owner(gsi), write, limit.unitsPerSecond(), limit.burstSeconds(),
                e.nowMillis());
    }

    private static void charge(DynamoDbEngine e, Table t, SecondaryIndex gsi, boolean write, double units) {
        Limit limit = limit(t, gsi, write);
        t.capacity().charge(owner(gsi), write, limit.unitsPerSecond(), limit.burstSeconds(), units, e.nowMillis());
    }

    private static SecondaryIndex global(SecondaryIndex index) {
        return index != null && index.global() ? index : null;
    }

    private static boolean holds(SecondaryIndex gsi, Map<String, AttributeValue> item) {
        return item != null && item.containsKey(gsi.key().hashName())
                && (!gsi.key().hasRange() || item.containsKey(gsi.key().rangeName()));
    }

    private static String owner(SecondaryIndex gsi) {
        return gsi == null ? TABLE : gsi.name();
    }

    /**
     * A provisioned table's (or index's) capacity with 300 s of burst; an on-demand one's OnDemandThroughput maximum,
     * with a second's; none for an on-demand one without a maximum.
     */
    private static Limit limit(Table t, SecondaryIndex gsi, boolean write) {
        if (t.settings().payPerRequest()) {
            Throughputs.OnDemand max = gsi != null ? gsi.onDemand() : t.settings().onDemand();
            long units = max == null ? -1 : write ? max.maxWriteRequestUnits() : max.maxReadRequestUnits();
            return units > 0 ? new Limit(units, 1, "MaxOnDemandThroughputExceeded") : Limit.NONE;
        }
        long units = gsi != null ? (write ? gsi.writeCapacity() : gsi.readCapacity())
                : write ? t.settings().writeCapacity() : t.settings().readCapacity();
        return new Limit(units, CapacityBuckets.BURST_SECONDS, "ProvisionedThroughputExceeded");
    }
}
