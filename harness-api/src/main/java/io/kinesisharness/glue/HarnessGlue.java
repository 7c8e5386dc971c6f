package io.kinesisharness.glue;

import java.util.List;

/**
 * The table schemas a test registers for the services that read the Glue Data Catalog (Firehose record format
 * conversion names a database and table; the harness looks them up here). The harness serves no Glue API.
 * Registrations are dropped by a reset.
 */
public interface HarnessGlue {

    /**
     * Registers (or replaces) a table in the harness's default account and region.
     *
     * @throws IllegalArgumentException when a column's type is not a Hive type the harness reads
     */
    void registerTable(GlueTable table);

    /** The tables registered, in the order they were. */
    List<GlueTable> tables();
}
