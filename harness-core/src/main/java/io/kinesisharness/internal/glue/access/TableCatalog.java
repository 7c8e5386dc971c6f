package io.kinesisharness.internal.glue.access;

import io.kinesisharness.glue.GlueTable;

/** What the table catalog offers the services that read schemas: a table by database and name. */
public interface TableCatalog {

    String SERVICE = "glue";

    /** The table, matched without regard to case as Glue stores names in lower case; null when none. */
    GlueTable find(String database, String table);
}
