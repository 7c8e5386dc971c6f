package io.kinesisharness.internal.common;

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
 * A heavy optional library the standalone jar carries as one resource, a zip of jars (the code that uses it among
 * them), instead of unpacked among its own classes. A start never opens it: the JVM reads the whole table of contents
 * of the jar it runs twice at start, so every class a Kinesis-only user never needs costs them start-up time. On
 * first use the jars are extracted to a temporary directory and loaded in a class loader of their own, whose parent is
 * the harness's (so the bundle sees the server's Jackson and engine, and its libraries never meet the server's).
 *
 * <p>In-process, the same libraries are ordinary optional dependencies: when the class path has them, {@link #loader}
 * answers the harness's own class loader.
 */
public final class LibraryBundle {

    private final String resource;
    private final String name;
    private final String[] probes;
    private ClassLoader loader;

    /**
     * @param resource the zip's path in the jar
     * @param name what the class loader and temporary directory are called
     * @param probes class files whose presence on the class path means the library is there already
     */
    public LibraryBundle(String resource, String name, String... probes) {
        this.resource = resource;
        this.name = name;
        this.probes = probes.clone();
    }

    private static ClassLoader here() {
        return LibraryBundle.class.getClassLoader();
    }

    /** Whether the library is on the class path. */
    public boolean onClassPath() {
        for (String probe : probes) {
            if (here().getResource(probe) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether the library can be loaded here: on the class path, or in this jar's bundle. */
    public boolean available() {
        return onClassPath() || here().getResource(resource) != null;
    }

    /** The class loader that has the library, extracting the bundle on first call. */
    public synchronized ClassLoader loader() {
        if (loader == null) {
            loader = onClassPath() ? here() : extract();
        }
        return loader;
    }

    /** A new instance of a class the library's side holds, through its no-argument constructor. */
    public <T> T instance(String className, Class<T> as) {
        try {
            return as.cast(Class.forName(className, true, loader()).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " could not be loaded from " + name, e);
        }
    }

    private ClassLoader extract() {
        try (InputStream in = here().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " bundle in this jar (" + resource + ")");
            }
            Path dir = Files.createTempDirectory("kinesis-harness-" + name);
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
            return new URLClassLoader("kinesis-harness-" + name, jars.toArray(URL[]::new), here());
        } catch (IOException e) {
            throw new UncheckedIOException("The " + name + " bundle could not be extracted", e);
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
