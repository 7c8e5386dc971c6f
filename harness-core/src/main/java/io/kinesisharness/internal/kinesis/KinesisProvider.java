package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.KinesisSettings;
import io.kinesisharness.settings.Setting;
import java.util.List;

/** Kinesis Data Streams: the service readiness probes ask first, so a harness builds it at start. */
public final class KinesisProvider implements ServiceProvider {

    @Override
    public String name() {
        return "kinesis";
    }

    @Override
    public List<String> targetPrefixes() {
        return List.of(KinesisModule.TARGET_PREFIX);
    }

    @Override
    public List<Setting<?>> settings() {
        return KinesisSettings.ALL;
    }

    @Override
    public List<? extends ErrorCode> errors() {
        return List.of(KinesisErrors.values());
    }

    @Override
    public boolean buildAtStart(HarnessConfig config) {
        return true;
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new KinesisModule(context);
    }
}
