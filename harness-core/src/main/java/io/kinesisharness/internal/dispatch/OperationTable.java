package io.kinesisharness.internal.dispatch;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps {@code X-Amz-Target} values ({@code Kinesis_20131202.PutRecord}) to operations. Services register
 * their operations; the dispatcher only looks them up.
 */
public final class OperationTable {

    private final Map<String, Operation<?, ?>> byTarget = new HashMap<>();

    /** Registers a service ({@code kinesis}) by its target prefix ({@code Kinesis_20131202}). */
    public ServiceRegistration service(String service, String targetPrefix) {
        return new ServiceRegistration(service, targetPrefix);
    }

    public Operation<?, ?> find(String target) {
        return target == null ? null : byTarget.get(target);
    }


    public java.util.Collection<Operation<?, ?>> operations() {
        return java.util.Collections.unmodifiableCollection(byTarget.values());
    }

    public int size() {
        return byTarget.size();
    }

    /** Registration of one service's operations. */
    public final class ServiceRegistration {
        private final String service;
        private final String prefix;

        private ServiceRegistration(String service, String prefix) {
            this.service = service;
            this.prefix = prefix;
        }

        public <I, O> ServiceRegistration add(String operation, Class<I> input, Operation.Handler<I, O> handler) {
            String target = prefix + "." + operation;
            if (byTarget.putIfAbsent(target, new Operation<>(service, operation, input, handler)) != null) {
                throw new IllegalStateException("Operation registered twice: " + target);
            }
            return this;
        }
    }
}
