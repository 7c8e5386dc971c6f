package io.kinesisharness.internal.analytics.model;

import io.kinesisharness.internal.common.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The applications of every account and region, by name (sorted, as ListApplications pages them). */
public final class Applications {

    private final Map<Scope, TreeMap<String, Application>> byScope = new ConcurrentHashMap<>();

    public synchronized Application find(Scope scope, String name) {
        TreeMap<String, Application> m = byScope.get(scope);
        return m == null ? null : m.get(name);
    }

    public synchronized void add(Scope scope, Application app) {
        byScope.computeIfAbsent(scope, s -> new TreeMap<>()).put(app.name(), app);
    }

    public synchronized void remove(Scope scope, String name) {
        TreeMap<String, Application> m = byScope.get(scope);
        if (m != null) {
            m.remove(name);
        }
    }

    public synchronized List<Application> list(Scope scope) {
        TreeMap<String, Application> m = byScope.get(scope);
        return m == null ? List.of() : new ArrayList<>(m.values());
    }

    /** Every application of every scope, with its scope. */
    public synchronized List<Map.Entry<Scope, Application>> all() {
        List<Map.Entry<Scope, Application>> out = new ArrayList<>();
        byScope.forEach((s, m) -> m.values().forEach(a -> out.add(Map.entry(s, a))));
        return out;
    }

    public synchronized void clear() {
        byScope.clear();
    }
}
