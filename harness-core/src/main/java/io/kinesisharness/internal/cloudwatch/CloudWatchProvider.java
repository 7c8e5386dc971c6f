package io.kinesisharness.internal.cloudwatch;

import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.Setting;
import java.util.List;

/** CloudWatch metrics: requests signed for {@code monitoring}, or naming its JSON target; built on the first. */
public final class CloudWatchProvider implements ServiceProvider {

    @Override
    public String name() {
        return CloudWatchModule.SERVICE;
    }

    @Override
    public List<String> targetPrefixes() {
        return List.of(CloudWatchModule.TARGET_PREFIX);
    }

    @Override
    public List<String> signingNames() {
        return List.of(CloudWatchModule.SIGNING_NAME);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of();
    }

    @Override
    public List<? extends ErrorCode> errors() {
        return List.of(CloudWatchErrors.values());
    }

    @Override
    public boolean buildAtStart(HarnessConfig config) {
        return false;
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new CloudWatchModule(context);
    }
}
