package io.kinesisharness.internal.firehose.conversion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds the ORC writer. In-process, orc-core and Hadoop are optional dependencies: when the class path has them, the
 * writer is used directly. The standalone jar carries them, with the writer, as one bundle of jars
 * ({@value #BUNDLE}) rather than unpacked: on first use it is extracted to a temporary directory and loaded in a
 * class loader of its own, so that no start opens Hadoop's 29,000 classes and they never meet the server's.
 */
public final class OrcSupport {

    static final String BUNDLE = "META-INF/kinesis-harness/orc-bundle.zip";
    private static final String WRITER = "io.kinesisharness.internal.firehose.conversion.orc.OrcFiles";
    private static OrcWriter writer;

    private OrcSupport() {
    }

    /** Whether ORC can be written here: orc-core on the class path, or the bundle in the jar. */
    public static boolean available() {
        return onClassPath() || OrcSupport.class.getClassLoader().getResource(BUNDLE) != null;
    }

    /** The writer, loaded once per JVM. */
    public static synchronized OrcWriter writer() {
        if (writer == null) {
            try {
                ClassLoader loader = onClassPath() ? OrcSupport.class.getClassLoader() : bundleLoader();
                writer = (OrcWriter) Class.forName(WRITER, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The ORC writer could not be loaded", e);
            }
        }
        return writer;
    }

    private static boolean onClassPath() {
        ClassLoader here = OrcSupport.class.getClassLoader();
        return here.getResource("org/apache/orc/OrcFile.class") != null
                && here.getResource(WRITER.replace('.', '/') + ".class") != null;
    }

    private static ClassLoader bundleLoader() {
        try (InputStream in = OrcSupport.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("No ORC bundle in this jar");
            }
            Path dir = Files.createTempDirectory("kinesis-harness-orc");
            dir.toFile().deleteOnExit();
            List<URL> jars = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.isDirectory() || !e.getName().endsWith(".jar")) {
                        continue;
                    }
                    Path jar = dir.resolve(Path.of(e.getName()).getFileName().toString());
                    Files.copy(zip, jar, StandardCopyOption.REPLACE_EXISTING);
                    jar.toFile().deleteOnExit();
                    jars.add(url(jar));
                }
            }
            return new URLClassLoader("kinesis-harness-orc", jars.toArray(URL[]::new),
                    OrcSupport.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException("The ORC bundle could not be extracted", e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
