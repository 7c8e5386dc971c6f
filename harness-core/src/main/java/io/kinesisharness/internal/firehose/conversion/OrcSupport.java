package io.kinesisharness.internal.firehose.conversion;

import io.kinesisharness.internal.common.LibraryBundle;

/**
 * Finds the ORC writer. In-process, orc-core and Hadoop are optional dependencies: when the class path has them, the
 * writer is used directly. The standalone jar carries them, with the writer, as one bundle of jars
 * ({@value #BUNDLE}), so that no start opens Hadoop's 29,000 classes and they never meet the server's.
 */
public final class OrcSupport {

    static final String BUNDLE = "META-INF/kinesis-harness/orc-bundle.zip";
    private static final String WRITER = "io.kinesisharness.internal.firehose.conversion.orc.OrcFiles";
    private static final LibraryBundle ORC = new LibraryBundle(BUNDLE, "orc", "org/apache/orc/OrcFile.class",
            WRITER.replace('.', '/') + ".class");
    private static OrcWriter writer;

    private OrcSupport() {
    }

    /** Whether ORC can be written here: orc-core on the class path, or the bundle in the jar. */
    public static boolean available() {
        return ORC.available();
    }

    /** The writer, loaded once per JVM. */
    public static synchronized OrcWriter writer() {
        if (writer == null) {
            writer = ORC.instance(WRITER, OrcWriter.class);
        }
        return writer;
    }
}
