package io.kinesisharness.internal.service;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.settings.Setting;
import java.util.List;

/**
 * One AWS service of the harness as the runtime knows it before building it: how requests reach it, its
 * settings and error codes, and how to build it. Providers are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services}), so the runtime names no service, and a service whose classes a harness never
 * touches costs it nothing: a provider's class refers to its module's classes only inside {@link #create}.
 */
public interface ServiceProvider {

    /** The name fault rules and the admin API use: {@code kinesis}, {@code s3}. */
    String name();

    /** {@code X-Amz-Target} prefixes of its JSON/CBOR operations ({@code Kinesis_20131202}); none for REST. */
    default List<String> targetPrefixes() {
        return List.of();
    }

    /** SigV4 signing names of its REST API ({@code s3}); requests signed for one of them go to {@link ServiceModule#rest()}. */
    default List<String> signingNames() {
        return List.of();
    }

    /** The admin routes its module serves ({@link ServiceModule#adminRoutes()}); asking one builds it. */
    default List<AdminRoute> adminRoutes() {
        return List.of();
    }

    /** Whether its REST API takes unsigned requests whose path names a resource ({@code GET /bucket/key}). */
    default boolean acceptsAnonymous() {
        return false;
    }

    /** Its settings group: every one also listed in {@code HarnessSettings.ALL}, which a test checks. */
    default List<Setting<?>> settings() {
        return List.of();
    }

    /** Its error catalogue (an enum's values), so fault rules can name its codes; none when no AWS client calls it. */
    default List<? extends ErrorCode> errors() {
        return List.of();
    }

    /**
     * Whether a harness builds it at start rather than on its first request: when its settings ask for
     * resources at start (streams, buckets), or it is the service readiness probes call.
     */
    default boolean buildAtStart(HarnessConfig config) {
        return false;
    }

    ServiceModule create(ServiceContext context);
}
