package io.kinesisharness.internal.dynamodb;

import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.DynamoDbSettings;
import io.kinesisharness.settings.Setting;
import java.util.List;

/** DynamoDB: built by its first request (a KCL worker's first DescribeTable, typically). */
public final class DynamoDbProvider implements ServiceProvider {

    @Override
    public String name() {
        return DynamoDbModule.SERVICE;
    }

    @Override
    public List<String> targetPrefixes() {
        return List.of(DynamoDbModule.TARGET_PREFIX);
    }

    @Override
    public List<Setting<?>> settings() {
        return DynamoDbSettings.ALL;
    }

    @Override
    public List<? extends ErrorCode> errors() {
        return List.of(DynamoDbErrors.values());
    }

    @Override
    public boolean buildAtStart(HarnessConfig config) {
        return false;
    }

    @Override
    public ServiceModule create(ServiceContext context) {
        return new DynamoDbModule(context);
    }
}
