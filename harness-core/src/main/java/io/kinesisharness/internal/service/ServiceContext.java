package io.kinesisharness.internal.service;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;

/**
 * What a service is built with: the harness's settings, its scheduler (and through it the clock), the default
 * account and region, and the other services, which it may only reach through the small interfaces they offer.
 */
public record ServiceContext(HarnessConfig config, HarnessScheduler scheduler, Scope defaultScope,
        ServiceLookup services) {
}
