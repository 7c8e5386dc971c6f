package io.kinesisharness.internal.service;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.faults.FaultInjector;

/**
 * What a service is built with: the harness's settings, its scheduler (and through it the clock), the default
 * account and region, the other services, which it may only reach through the small interfaces they offer, and
 * the harness's fault rules (a service answering REST calls applies them itself; JSON/CBOR calls get them from the
 * dispatcher).
 */
public record ServiceContext(HarnessConfig config, HarnessScheduler scheduler, Scope defaultScope,
        ServiceLookup services, FaultInjector faults) {
}
