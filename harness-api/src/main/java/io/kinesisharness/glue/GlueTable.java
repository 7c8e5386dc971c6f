package io.kinesisharness.glue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table's schema as the Glue Data Catalog would hold it, for the services that read one (Firehose record format
 * conversion): its database, its name and its columns in order, each with a Hive type ({@code string},
 * {@code bigint}, {@code decimal(10,2)}, {@code array<string>}, {@code map<string,int>},
 * {@code struct<a:int,b:string>}, …).
 */
public record GlueTable(String database, String table, List<Column> columns) {

    public GlueTable {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /** One column: its name and its Hive type. */
    public record Column(String name, String type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Starts a table: {@code GlueTable.in("sales").named("orders").column("id", "bigint")...build()}. */
    public static Builder in(String database) {
        return new Builder(database);
    }

    public static final class Builder {
        private final String database;
        private String table;
        private final List<Column> columns = new ArrayList<>();

        private Builder(String database) {
            this.database = database;
        }

        public Builder named(String name) {
            this.table = name;
            return this;
        }

        public Builder column(String name, String type) {
            columns.add(new Column(name, type));
            return this;
        }

        public GlueTable build() {
            return new GlueTable(database, table, columns);
        }
    }
}
