package io.kinesisharness.lambda;

import io.kinesisharness.admin.AdminRoute;
import java.util.List;

/** The admin routes of the harness's Lambda stand-ins; README ("Admin API") documents each. */
public final class LambdaRoutes {

    /** Body {@code {"function":"name or ARN","url":"http://…"}}: registers a function served over HTTP. */
    public static final AdminRoute REGISTER = new AdminRoute("POST", "lambda/register");
    /** Body {@code {"function":"name or ARN"}}: removes the registration. */
    public static final AdminRoute UNREGISTER = new AdminRoute("POST", "lambda/unregister");
    /**
     * Body {@code {"function":"name or ARN"}}: {@code {"invocations":[{"function","time","event","response",
     * "error"}]}}, oldest first.
     */
    public static final AdminRoute INVOCATIONS = new AdminRoute("POST", "lambda/invocations");

    public static final List<AdminRoute> ALL = List.of(REGISTER, UNREGISTER, INVOCATIONS);

    private LambdaRoutes() {
    }
}
