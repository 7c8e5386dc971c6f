package io.kinesisharness.internal.analytics.engine;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * What an application run needs of the SQL front end: its code checked, then compiled into live operators. The front
 * end (the {@code analytics.sql} package, on Apache Calcite) is reached only through this interface, because the
 * standalone jar carries it, with Calcite, as a bundle loaded on first use.
 */
public interface SqlCompiler {

    /** An input's in-application stream: its name and its columns' names and SQL types, as RecordColumns give them. */
    record InputStream(String name, List<String> columns, List<String> sqlTypes) {
    }

    /**
     * A reference data source's in-application table: its name, its columns' names and SQL types, and its rows, read
     * (from the S3 object) once the columns' types are known.
     */
    record ReferenceTable(String name, List<String> columns, List<String> sqlTypes,
            Function<List<ColumnType>, List<Object[]>> rows) {
    }

    /** Checks the code's syntax alone (CreateApplication and UpdateApplication do, before any input exists). */
    void checkSyntax(String code) throws SqlCodeException;

    /**
     * Compiles the code against its inputs' streams and reference tables into live operators.
     *
     * @param now the harness clock (the time a row is put in error_stream)
     * @param wakeAt told the end of each window that opens, so the application is advanced when the clock gets there
     */
    CompiledApplication compile(String code, List<InputStream> inputs, List<ReferenceTable> references,
            LongSupplier now, LongConsumer wakeAt) throws SqlCodeException;
}
