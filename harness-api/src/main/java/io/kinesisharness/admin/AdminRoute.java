package io.kinesisharness.admin;

import java.util.List;
import java.util.Objects;

/**
 * A route of the admin API, declared once: the server dispatches on these, and every client of the API (the
 * Testcontainers module's HTTP admin, the container's readiness check, the image's health probe) builds its
 * requests from them. The harness's own routes are the constants here; a service declares its own beside its
 * settings. Bodies and answers are JSON objects; README ("Admin API") documents each.
 */
public final class AdminRoute {

    /** Every admin path starts with this; nothing an AWS client sends does. */
    public static final String PREFIX = "/_harness/";

    /** {@code {"status":"ok","version":…}} once the harness answers. */
    public static final AdminRoute HEALTH = new AdminRoute("GET", "health");
    /** {@code {"mode":"MANUAL","now":"…"}}. */
    public static final AdminRoute CLOCK = new AdminRoute("GET", "clock");
    /** Body {@code {"duration":"PT5M"}}; runs every effect due by the new time, answers the clock. */
    public static final AdminRoute CLOCK_ADVANCE = new AdminRoute("POST", "clock/advance");
    /** Body {@code {"now":"…"}} (never backwards); runs every effect due, answers the clock. */
    public static final AdminRoute CLOCK_SET = new AdminRoute("POST", "clock/set");
    /** Drops all state of every service; keeps configuration. */
    public static final AdminRoute RESET = new AdminRoute("POST", "reset");
    /** {@code {"faults":[…]}}: the fault rules still active. */
    public static final AdminRoute FAULTS = new AdminRoute("GET", "faults");
    /** Body: one fault rule ({@link FaultRuleMaps}); answers every active rule. */
    public static final AdminRoute FAULTS_ADD = new AdminRoute("POST", "faults");
    /** Removes every fault rule. */
    public static final AdminRoute FAULTS_CLEAR = new AdminRoute("DELETE", "faults");
    /**
     * {@code {"services":[{"name":"kinesis","built":true},{"name":"s3","built":false}]}}: the services this
     * harness serves and whether a request has needed each yet (one nobody used was never built).
     */
    public static final AdminRoute SERVICES = new AdminRoute("GET", "services");

    /** The harness's own routes, which every harness serves. */
    public static final List<AdminRoute> HARNESS = List.of(HEALTH, CLOCK, CLOCK_ADVANCE, CLOCK_SET, RESET, FAULTS,
            FAULTS_ADD, FAULTS_CLEAR, SERVICES);

    private final String method;
    private final String path;

    /**
     * @param method the HTTP method, upper case
     * @param relativePath the path under {@link #PREFIX}, {@code clock/advance}
     */
    public AdminRoute(String method, String relativePath) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = PREFIX + Objects.requireNonNull(relativePath, "relativePath");
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The absolute path, {@code /_harness/clock/advance}. */
    public String path() {
        return path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdminRoute r && r.method.equals(method) && r.path.equals(path);
    }

    @Override
    public int hashCode() {
        return method.hashCode() * 31 + path.hashCode();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
