package io.kinesisharness.internal.firehose.conversion;

import io.kinesisharness.internal.common.LibraryBundle;

/**
 * Finds the Parquet writer. In-process, parquet-hadoop is an optional dependency used directly when the class path has
 * it. The standalone jar carries it, with the writer, as a bundle ({@value #BUNDLE}) loaded on the first Parquet
 * object, so that a start never opens its 4,000 classes.
 */
public final class ParquetSupport {

    static final String BUNDLE = "META-INF/kinesis-harness/parquet-bundle.zip";
    private static final String WRITER = "io.kinesisharness.internal.firehose.conversion.parquet.ParquetFiles";
    private static final LibraryBundle PARQUET = new LibraryBundle(BUNDLE, "parquet",
            "org/apache/parquet/hadoop/ParquetWriter.class", WRITER.replace('.', '/') + ".class");
    private static ParquetOutput writer;

    private ParquetSupport() {
    }

    /** Whether Parquet can be written here: parquet-hadoop on the class path, or the bundle in the jar. */
    public static boolean available() {
        return PARQUET.available();
    }

    /** The writer, loaded once per JVM. */
    public static synchronized ParquetOutput writer() {
        if (writer == null) {
            writer = PARQUET.instance(WRITER, ParquetOutput.class);
        }
        return writer;
    }
}
