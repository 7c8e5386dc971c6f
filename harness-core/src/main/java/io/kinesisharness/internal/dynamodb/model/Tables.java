package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tables of a harness, per account and region, by name in ListTables' order. A deleted table stays DELETING
 * until its delete delay has passed on the harness clock.
 */
public final class Tables {

    private final ConcurrentMap<Scope, ConcurrentSkipListMap<String, Table>> regions = new ConcurrentHashMap<>();
    private final ConcurrentMap<Table, Instant> goneAt = new ConcurrentHashMap<>();

    private ConcurrentSkipListMap<String, Table> region(Scope scope) {
        return regions.computeIfAbsent(scope, s -> new ConcurrentSkipListMap<>());
    }

    /** Adds a new table; ResourceInUseException {@code Table already exists: <name>} when the name is taken. */
    public void add(Table table, Instant now) {
        ConcurrentSkipListMap<String, Table> region = region(table.scope());
        purge(region, now);
        if (region.putIfAbsent(table.name(), table) != null) {
            throw DynamoDbErrors.RESOURCE_IN_USE.exception("Table already exists: " + table.name());
        }
    }

    /** The table in any status, or null. */
    public Table find(Scope scope, String name, Instant now) {
        ConcurrentSkipListMap<String, Table> region = regions.get(scope);
        if (region == null) {
            return null;
        }
        Table t = region.get(name);
        if (t != null && isGone(t, now)) {
            region.remove(name, t);
            goneAt.remove(t);
            return null;
        }
        return t;
    }

    public void delete(Table table, Instant until) {
        goneAt.put(table, until);
    }

    public void remove(Table table) {
        ConcurrentSkipListMap<String, Table> region = regions.get(table.scope());
        if (region != null) {
            region.remove(table.name(), table);
        }
        goneAt.remove(table);
    }

    /** Table names after {@code exclusiveStart}, in order. */
    public List<String> names(Scope scope, String exclusiveStart, Instant now) {
        ConcurrentSkipListMap<String, Table> region = regions.get(scope);
        if (region == null) {
            return List.of();
        }
        purge(region, now);
        Map<String, Table> tail = exclusiveStart == null ? region : region.tailMap(exclusiveStart, false);
        return new ArrayList<>(tail.keySet());
    }

    /** Every table of every account and region (TTL sweeps). */
    public List<Table> all() {
        List<Table> all = new ArrayList<>();
        regions.values().forEach(r -> all.addAll(r.values()));
        return all;
    }

    public void clear() {
        regions.clear();
        goneAt.clear();
    }

    private boolean isGone(Table t, Instant now) {
        Instant at = goneAt.get(t);
        return at != null && !now.isBefore(at);
    }

    private void purge(ConcurrentSkipListMap<String, Table> region, Instant now) {
        region.values().removeIf(t -> {
            if (isGone(t, now)) {
                goneAt.remove(t);
                return true;
            }
            return false;
        });
    }
}
