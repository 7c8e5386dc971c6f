package io.kinesisharness.internal.glue;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.glue.GlueRoutes;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import java.util.List;

/** The table catalog tests register schemas in (Firehose record format conversion reads it). Built on first use. */
public final class GlueProvider implements ServiceProvider {

    @Override
    public String name() {
        return GlueModule.SERVICE;
    }

    @Override
    public List<AdminRoute> adminRoutes() {
        return GlueRoutes.ALL;
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new GlueModule();
    }
}
