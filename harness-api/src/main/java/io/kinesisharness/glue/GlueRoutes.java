package io.kinesisharness.glue;

import io.kinesisharness.admin.AdminRoute;
import java.util.List;

/** The admin routes of the harness's table catalog; README ("Admin API") documents each. */
public final class GlueRoutes {

    /** Body {@code {"database":"sales","table":"orders","columns":[{"name":"id","type":"bigint"}]}}. */
    public static final AdminRoute REGISTER_TABLE = new AdminRoute("POST", "glue/tables");

    public static final List<AdminRoute> ALL = List.of(REGISTER_TABLE);

    private GlueRoutes() {
    }
}
