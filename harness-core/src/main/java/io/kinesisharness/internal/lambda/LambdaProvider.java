package io.kinesisharness.internal.lambda;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.lambda.LambdaRoutes;
import java.util.List;

/**
 * The functions tests register for services that invoke Lambda (Firehose transformations). It answers no AWS
 * request: it is built when a test registers a function, or when a service first invokes one.
 */
public final class LambdaProvider implements ServiceProvider {

    @Override
    public String name() {
        return LambdaModule.SERVICE;
    }

    @Override
    public List<AdminRoute> adminRoutes() {
        return LambdaRoutes.ALL;
    }

    @Override
    public ServiceModule create(io.kinesisharness.internal.service.ServiceContext context) {
        return new LambdaModule(context);
    }
}
