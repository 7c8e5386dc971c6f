package io.kinesisharness.firehose;

import io.kinesisharness.admin.AdminRoute;
import java.util.List;

/** Firehose's admin routes; README ("Admin API") documents each. */
public final class FirehoseRoutes {

    /** Body {@code {"deliveryStream":"name"}}, or {@code {}} for all: delivers what is buffered now. */
    public static final AdminRoute FLUSH = new AdminRoute("POST", "firehose/flush");
    /**
     * Body {@code {"deliveryStream":"name"}}: {@code {"deliveries":[…]}}, each with its destination, time, target,
     * records and body (base64), attributes, attempts and error.
     */
    public static final AdminRoute DELIVERIES = new AdminRoute("POST", "firehose/deliveries");

    /**
     * Body {@code {"deliveryStream":"name","logGroup":"…","logStream":"…","messages":["…"]}}, or
     * {@code {"deliveryStream":"name","control":true}}: sends them as a CloudWatch Logs subscription filter does.
     */
    public static final AdminRoute LOG_EVENTS = new AdminRoute("POST", "firehose/log-events");

    public static final List<AdminRoute> ALL = List.of(FLUSH, DELIVERIES, LOG_EVENTS);

    private FirehoseRoutes() {
    }
}
