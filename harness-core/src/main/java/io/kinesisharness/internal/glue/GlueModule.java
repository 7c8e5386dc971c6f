package io.kinesisharness.internal.glue;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.glue.GlueRoutes;
import io.kinesisharness.glue.GlueTable;
import io.kinesisharness.glue.HarnessGlue;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.glue.access.HiveType;
import io.kinesisharness.internal.glue.access.TableCatalog;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table schemas tests register, standing in for the Glue Data Catalog where a service reads one. It answers
 * no AWS request; it is built when a test registers a table or a service looks one up.
 */
public final class GlueModule implements ServiceModule, HarnessGlue, TableCatalog {

    public static final String SERVICE = TableCatalog.SERVICE;

    private final Map<String, GlueTable> tables = new LinkedHashMap<>();

    @Override
    public synchronized void registerTable(GlueTable table) {
        if (table.table() == null || table.table().isBlank() || table.database().isBlank()) {
            throw new IllegalArgumentException("A table needs a database and a name");
        }
        if (table.columns().isEmpty()) {
            throw new IllegalArgumentException("Table " + table.table() + " has no columns");
        }
        for (GlueTable.Column c : table.columns()) {
            HiveType.parse(c.type());
        }
        tables.put(key(table.database(), table.table()), table);
    }

    @Override
    public synchronized List<GlueTable> tables() {
        return List.copyOf(tables.values());
    }

    @Override
    public synchronized GlueTable find(String database, String table) {
        return tables.get(key(database, table));
    }

    private static String key(String database, String table) {
        return database.toLowerCase(Locale.ROOT) + "." + table.toLowerCase(Locale.ROOT);
    }

    @Override
    public void register(OperationTable table) {
    }

    @Override
    public synchronized void reset() {
        tables.clear();
    }

    @Override
    public Map<AdminRoute, AdminHandler> adminRoutes() {
        return Map.of(GlueRoutes.REGISTER_TABLE, this::registerRoute);
    }

    private Object registerRoute(Map<String, Object> body) {
        Object database = body.get("database");
        Object table = body.get("table");
        if (database == null || table == null || !(body.get("columns") instanceof List<?> columns)) {
            throw new IllegalArgumentException("database, table and columns are required");
        }
        List<GlueTable.Column> cs = new ArrayList<>();
        for (Object o : columns) {
            if (!(o instanceof Map<?, ?> c) || c.get("name") == null || c.get("type") == null) {
                throw new IllegalArgumentException("each column is {\"name\":…,\"type\":…}");
            }
            cs.add(new GlueTable.Column(c.get("name").toString(), c.get("type").toString()));
        }
        registerTable(new GlueTable(database.toString(), table.toString(), cs));
        return Map.of("registered", database + "." + table);
    }
}
