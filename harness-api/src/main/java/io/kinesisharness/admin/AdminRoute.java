package io.kinesisharness.admin;

/**
 * The admin API's routes, declared once: the server dispatches on them, and every client of the API (the
 * Testcontainers module's HTTP admin, the container's readiness check, the image's health probe) builds its
 * requests from them. Bodies and answers are JSON objects; README ("Admin API") documents each.
 */
public enum AdminRoute {
    /** {@code {"status":"ok","version":…}} once the harness answers. */
    HEALTH("GET", "health"),
    /** {@code {"mode":"MANUAL","now":"…"}}. */
    CLOCK("GET", "clock"),
    /** Body {@code {"duration":"PT5M"}}; runs every effect due by the new time, answers the clock. */
    CLOCK_ADVANCE("POST", "clock/advance"),
    /** Body {@code {"now":"…"}} (never backwards); runs every effect due, answers the clock. */
    CLOCK_SET("POST", "clock/set"),
    /** Drops all state of every service; keeps configuration. */
    RESET("POST", "reset"),
    /** {@code {"faults":[…]}}: the fault rules still active. */
    FAULTS("GET", "faults"),
    /** Body: one fault rule ({@link FaultRuleMaps}); answers every active rule. */
    FAULTS_ADD("POST", "faults"),
    /** Removes every fault rule. */
    FAULTS_CLEAR("DELETE", "faults"),
    /**
     * {@code {"services":[{"name":"kinesis","built":true},{"name":"s3","built":false}]}}: the services this
     * harness serves and whether a request has needed each yet (one nobody used was never built).
     */
    SERVICES("GET", "services");

    /** Every admin path starts with this; nothing an AWS client sends does. */
    public static final String PREFIX = "/_harness/";

    private final String method;
    private final String path;

    AdminRoute(String method, String relativePath) {
        this.method = method;
        this.path = PREFIX + relativePath;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The absolute path, {@code /_harness/clock/advance}. */
    public String path() {
        return path;
    }

    /** The route a request names, or null. */
    public static AdminRoute find(String method, String path) {
        for (AdminRoute r : values()) {
            if (r.method.equals(method) && r.path.equals(path)) {
                return r;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
