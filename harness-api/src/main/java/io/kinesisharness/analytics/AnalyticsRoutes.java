package io.kinesisharness.analytics;

import io.kinesisharness.admin.AdminRoute;
import java.util.List;

/** The admin routes of {@link HarnessAnalytics}; README ("Admin API") documents each. */
public final class AnalyticsRoutes {

    /**
     * Body {@code {"name":"app","code":"CREATE …","input":"stocks","format":"JSON","recordRowPath":"$",
     * "columns":[{"name":"TICKER","sqlType":"VARCHAR(4)","mapping":"$.ticker"}],
     * "outputs":{"DESTINATION_SQL_STREAM":"out"},"startingPosition":"NOW"}}; format JSON or CSV, recordRowPath,
     * mapping and startingPosition optional.
     */
    public static final AdminRoute START = new AdminRoute("POST", "analytics/applications");
    /** Body {@code {"application":"app","records":["{…}"]}}. */
    public static final AdminRoute PUSH = new AdminRoute("POST", "analytics/push");
    /** Body {@code {"application":"app","stream":"DESTINATION_SQL_STREAM"}}; answers {@code {"records":[…]}}. */
    public static final AdminRoute RECEIVED = new AdminRoute("POST", "analytics/received");
    /** Body {@code {"application":"app"}}. */
    public static final AdminRoute STOP = new AdminRoute("POST", "analytics/stop");

    public static final List<AdminRoute> ALL = List.of(START, PUSH, RECEIVED, STOP);

    private AnalyticsRoutes() {
    }
}
