package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;

/**
 * What a handler knows about the request besides its input: who asks, where, in which format, and the
 * injected fault that applies to it (null almost always).
 */
public record RequestContext(Scope scope, WireFormat format, String operation, FaultInjector.Fault fault) {

    /** True when an injected fault makes this entry of a batch fail on its own. */
    public boolean entryFails() {
        return fault != null && fault.recordFails();
    }
}
