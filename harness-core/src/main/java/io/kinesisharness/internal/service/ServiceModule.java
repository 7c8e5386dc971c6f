package io.kinesisharness.internal.service;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.RestHandler;
import java.util.List;
import java.util.Map;

/**
 * A built service: its operations, its reset, its warm-up and its admin routes. One per harness, built by its
 * {@link ServiceProvider} the first time the harness needs it.
 */
public interface ServiceModule {

    /** Adds its JSON/CBOR operations to the harness's table (REST services add none). */
    void register(OperationTable table);

    /** Its REST front door, or null for a JSON/CBOR service. */
    default RestHandler rest() {
        return null;
    }

    /**
     * Drops every account's and region's state, then creates again what its settings create at start. The
     * runtime has already cleared the scheduler and restarted the clock.
     */
    void reset();

    /**
     * Calls to send through the whole request path once per JVM, in the background, when the module is first
     * built: class loading and the codecs' introspection then happen before users' first requests do.
     */
    default List<Dispatcher.Call> warmUpCalls() {
        return List.of();
    }

    /** Admin routes it serves (each declared in {@link AdminRoute}), with their handlers. */
    default Map<AdminRoute, AdminHandler> adminRoutes() {
        return Map.of();
    }

    /** Lets go of what it holds beyond the heap (streams' native memory); the harness is closing. */
    default void close() {
    }
}
