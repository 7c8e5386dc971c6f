package io.kinesisharness.internal.s3;

import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.S3Settings;
import io.kinesisharness.settings.Setting;
import java.util.List;

/**
 * The S3-compatible object store: reached by requests signed for {@code s3} (or unsigned ones naming a bucket),
 * built on the first of them, or at start when buckets are configured.
 */
public final class S3Provider implements ServiceProvider {

    @Override
    public String name() {
        return S3Access.SERVICE;
    }

    @Override
    public List<String> signingNames() {
        return List.of("s3");
    }

    @Override
    public boolean acceptsAnonymous() {
        return true;
    }

    @Override
    public List<Setting<?>> settings() {
        return S3Settings.ALL;
    }

    @Override
    public List<? extends ErrorCode> errors() {
        return List.of(S3Errors.values());
    }

    @Override
    public boolean buildAtStart(HarnessConfig config) {
        return !config.get(S3Settings.BUCKETS).isEmpty();
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new S3Module(context);
    }
}
