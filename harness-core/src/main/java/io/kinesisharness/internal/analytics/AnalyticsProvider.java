package io.kinesisharness.internal.analytics;

import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import java.util.List;

/** Kinesis Data Analytics (v1 and v2 APIs): built on the first request naming either target prefix. */
public final class AnalyticsProvider implements ServiceProvider {

    @Override
    public String name() {
        return AnalyticsModule.SERVICE;
    }

    @Override
    public List<String> targetPrefixes() {
        return List.of(AnalyticsModule.V1_PREFIX, AnalyticsModule.V2_PREFIX);
    }

    @Override
    public List<io.kinesisharness.settings.Setting<?>> settings() {
        return io.kinesisharness.settings.AnalyticsSettings.ALL;
    }

    @Override
    public List<io.kinesisharness.admin.AdminRoute> adminRoutes() {
        return io.kinesisharness.analytics.AnalyticsRoutes.ALL;
    }

    @Override
    public List<? extends ErrorCode> errors() {
        return List.of(AnalyticsErrors.values());
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new AnalyticsModule(context);
    }
}
