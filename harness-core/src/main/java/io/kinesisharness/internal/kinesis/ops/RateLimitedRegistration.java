package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.dispatch.Operation;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.kinesis.limits.ControlPlaneRates;
import io.kinesisharness.internal.kinesis.limits.Throttling;

/**
 * Registers Kinesis operations so that those with an AWS call rate ({@link ControlPlaneRates}) check it before
 * their handler runs; handlers stay free of rate-limit code.
 */
public final class RateLimitedRegistration {

    private final OperationTable.ServiceRegistration target;
    private final Throttling throttling;

    public RateLimitedRegistration(OperationTable.ServiceRegistration target, Throttling throttling) {
        this.target = target;
        this.throttling = throttling;
    }

    public <I, O> RateLimitedRegistration add(String operation, Class<I> input, Operation.Handler<I, O> handler) {
        if (ControlPlaneRates.of(operation) == null) {
            target.add(operation, input, handler);
        } else {
            target.add(operation, input, (ctx, in) -> {
                throttling.controlPlane(operation, ctx.scope(), in);
                return handler.handle(ctx, in);
            });
        }
        return this;
    }
}
