package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

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

    /** A client of the given type, built once per harness. */
    @SuppressWarnings("unchecked")
    public <T> T client(Class<T> type, Function<HarnessResource, T> factory) {
        return (T) clients.computeIfAbsent(type, t -> factory.apply(this));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Throwable> failures = new ArrayList<>();
        for (Object client : clients.values()) {
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
