package io.kinesisharness.internal.firehose;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.firehose.FirehoseRoutes;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.FirehoseSettings;
import io.kinesisharness.settings.Setting;
import java.util.List;

/** Amazon Data Firehose: built on its first request (or admin call); a harness that never uses it pays nothing. */
public final class FirehoseProvider implements ServiceProvider {

    @Override
    public String name() {
        return FirehoseModule.SERVICE;
    }

    @Override
    public List<String> targetPrefixes() {
        return List.of(FirehoseModule.TARGET_PREFIX);
    }

    @Override
    public List<AdminRoute> adminRoutes() {
        return FirehoseRoutes.ALL;
    }

    @Override
    public List<Setting<?>> settings() {
        return FirehoseSettings.ALL;
    }

    @Override
    public List<? extends ErrorCode> errors() {
        return List.of(FirehoseErrors.values());
    }

    @Override
    public boolean buildAtStart(HarnessConfig config) {
        // An external S3 endpoint is connected at start, so a missing SDK fails the start, not a later request.
        return !config.get(FirehoseSettings.DELIVERY_STREAMS).isEmpty()
                || !config.get(FirehoseSettings.FIREHOSE_S3_ENDPOINT).isEmpty();
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new FirehoseModule(context);
    }
}
