package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A harness and the clients built for it, kept in JUnit's extension store and closed with the context that
 * owns it (the test class, or one test for per-test harnesses).
 */
@SuppressWarnings("deprecation") // CloseableResource keeps JUnit 5.10-5.12 closing it; newer versions use AutoCloseable
public final class HarnessResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final KinesisHarness harness;
    private final HarnessOptions options;
    /** Guarded by {@code this}; insertion order, so clients built on others close before them. */
    private final Map<Class<?>, Object> clients = new LinkedHashMap<>();
    private boolean closed;

    public HarnessResource(KinesisHarness harness, HarnessOptions options) {
        this.harness = harness;
        this.options = options;
    }

    public KinesisHarness harness() {
        return harness;
    }

    public HarnessOptions options() {
        return options;
    }

    /**
     * A client of the given type, built once per harness. A factory may ask for other clients (the stream reader
     * needs the Kinesis client), so it runs outside any update of the map: a factory that re-entered a
     * {@code ConcurrentHashMap.computeIfAbsent} failed with "Recursive update" whenever the two keys fell into
     * the same bin, which depends on identity hash codes and so came and went between runs. The lock is
     * reentrant, so the nested call simply builds and stores its client first.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T client(Class<T> type, Function<HarnessResource, T> factory) {
        if (closed) {
            throw new IllegalStateException("The harness " + harness + " is closed; it builds no more clients");
        }
        Object client = clients.get(type);
        if (client == null) {
            client = factory.apply(this);
            clients.put(type, client);
        }
        return (T) client;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Throwable> failures = new ArrayList<>();
        List<Object> newestFirst = new ArrayList<>(clients.values());
        Collections.reverse(newestFirst);
        for (Object client : newestFirst) {
            if (client instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        }
        clients.clear();
        harness.close();
        if (!failures.isEmpty()) {
            IllegalStateException e = new IllegalStateException("Closing clients of " + harness + " failed");
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }
}
