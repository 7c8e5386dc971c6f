package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Maps {@code X-Amz-Target} values ({@code Kinesis_20131202.PutRecord}) to operations. Services register
 * their operations; the dispatcher only looks them up. Services are built when first needed: a target that is not
 * registered yet is handed, by its prefix, to the loader, which may build the service that registers it.
 */
public final class OperationTable {

    private final Map<String, Operation<?, ?>> byTarget = new ConcurrentHashMap<>();
    private final Map<String, JsonProtocol> protocols = new ConcurrentHashMap<>();
    private final Predicate<String> loader;

    /** A table whose services are all registered up front. */
    public OperationTable() {
        this(prefix -> false);
    }

    /** @param loader given a target prefix not yet known, builds its service if there is one; true if it did */
    public OperationTable(Predicate<String> loader) {
        this.loader = loader;
    }

    /** Registers a service ({@code kinesis}) by its target prefix ({@code Kinesis_20131202}) and protocol. */
    public ServiceRegistration service(String service, String targetPrefix, JsonProtocol protocol) {
        protocols.put(targetPrefix, protocol);
        return new ServiceRegistration(service, targetPrefix, protocol);
    }

    /** The protocol of the service a target names (built or not yet), or null when no service has its prefix. */
    public JsonProtocol protocolOf(String target) {
        if (target == null) {
            return null;
        }
        int dot = target.indexOf('.');
        return protocols.get(dot > 0 ? target.substring(0, dot) : target);
    }

    public Operation<?, ?> find(String target) {
        if (target == null) {
            return null;
        }
        Operation<?, ?> op = byTarget.get(target);
        if (op == null) {
            int dot = target.indexOf('.');
            if (dot > 0 && loader.test(target.substring(0, dot))) {
                op = byTarget.get(target);
            }
        }
        return op;
    }

    public Collection<Operation<?, ?>> operations() {
        return Collections.unmodifiableCollection(byTarget.values());
    }

    public int size() {
        return byTarget.size();
    }

    /** Registration of one service's operations. */
    public final class ServiceRegistration {
        private final String service;
        private final String prefix;
        private final JsonProtocol protocol;

        private ServiceRegistration(String service, String prefix, JsonProtocol protocol) {
            this.service = service;
            this.prefix = prefix;
            this.protocol = protocol;
        }

        public <I, O> ServiceRegistration add(String operation, Class<I> input, Operation.Handler<I, O> handler) {
            return add(operation, input, handler, java.util.function.UnaryOperator.identity());
        }

        /** @param readErrors rewords errors values raise while the input is read, for this operation */
        public <I, O> ServiceRegistration add(String operation, Class<I> input, Operation.Handler<I, O> handler,
                java.util.function.UnaryOperator<io.kinesisharness.internal.errors.AwsException> readErrors) {
            String target = prefix + "." + operation;
            if (byTarget.putIfAbsent(target, new Operation<>(service, operation, protocol, input, handler,
                    readErrors)) != null) {
                throw new IllegalStateException("Operation registered twice: " + target);
            }
            return this;
        }
    }
}
