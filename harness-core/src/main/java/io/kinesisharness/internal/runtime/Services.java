package io.kinesisharness.internal.runtime;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.dispatch.CodecWarmup;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.RestHandler;
import io.kinesisharness.internal.errors.ErrorCatalog;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceLookup;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The services of one harness: every provider on the class path, each built the first time the harness needs it
 * (a request to its target prefix or signing name, a lookup by another service, an in-process call) and then
 * kept. A test that touches only Kinesis never builds, nor loads the classes of, any other service.
 */
final class Services implements ServiceLookup {

    /** Providers are stateless; finding them once per JVM keeps a harness's start in microseconds. */
    private static volatile List<ServiceProvider> discovered;

    private final List<ServiceProvider> providers;
    /** Guarded by {@code this}; the slot of a provider holds its module once built. */
    private final ServiceModule[] modules;
    private final OperationTable table;
    private final ErrorCatalog errors;
    private final ServiceContext context;

    private final FaultInjector faults;

    Services(List<ServiceProvider> providers, HarnessConfig config, HarnessScheduler scheduler, Scope defaultScope) {
        this.providers = List.copyOf(providers);
        this.modules = new ServiceModule[providers.size()];
        this.table = new OperationTable(this::buildForTarget);
        this.errors = errorCatalog(this.providers);
        this.faults = new FaultInjector(errors);
        this.context = new ServiceContext(config, scheduler, defaultScope, this, faults);
    }

    /** The harness's fault rules, checked against every service's error codes. */
    FaultInjector faults() {
        return faults;
    }

    static List<ServiceProvider> discovered() {
        List<ServiceProvider> found = discovered;
        if (found == null) {
            List<ServiceProvider> list = new ArrayList<>();
            ServiceLoader.load(ServiceProvider.class, Services.class.getClassLoader()).forEach(list::add);
            found = List.copyOf(list);
            discovered = found;
        }
        return found;
    }

    private static ErrorCatalog errorCatalog(List<ServiceProvider> providers) {
        @SuppressWarnings("unchecked")
        List<? extends ErrorCode>[] lists = new List[providers.size()];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = providers.get(i).errors();
        }
        return new ErrorCatalog(lists);
    }

    List<ServiceProvider> providers() {
        return providers;
    }

    OperationTable table() {
        return table;
    }

    ErrorCatalog errors() {
        return errors;
    }

    /** The module of a provider, built now if it was not. */
    synchronized ServiceModule module(ServiceProvider provider) {
        int i = providers.indexOf(provider);
        if (modules[i] == null) {
            ServiceModule m = provider.create(context);
            m.register(table);
            modules[i] = m;
            CodecWarmup.startOnce(provider.name(), table, m.warmUpCalls(), context.defaultScope().region(), errors);
        }
        return modules[i];
    }

    /** The module of the named service, built now if it was not; null if there is no such service. */
    ServiceModule module(String name) {
        for (ServiceProvider p : providers) {
            if (p.name().equals(name)) {
                return module(p);
            }
        }
        return null;
    }

    /** The modules built so far. */
    synchronized List<ServiceModule> built() {
        List<ServiceModule> list = new ArrayList<>();
        for (ServiceModule m : modules) {
            if (m != null) {
                list.add(m);
            }
        }
        return list;
    }

    /** Whether the named service has been built. */
    synchronized boolean isBuilt(String name) {
        for (int i = 0; i < modules.length; i++) {
            if (providers.get(i).name().equals(name)) {
                return modules[i] != null;
            }
        }
        return false;
    }

    /**
     * The REST front door of the service signing as {@code signingName} (any case), or, for {@code ""} (an
     * unsigned request), of the first REST service that takes anonymous requests; null if none.
     */
    RestHandler rest(String signingName) {
        String name = signingName.toLowerCase(Locale.ROOT);
        for (ServiceProvider p : providers) {
            if (name.isEmpty() ? p.acceptsAnonymous() : p.signingNames().contains(name)) {
                return module(p).rest();
            }
        }
        return null;
    }

    @Override
    public <T> T offered(String service, Class<T> type) {
        ServiceModule m = module(service);
        if (!type.isInstance(m)) {
            throw new IllegalStateException("Service " + service + " offers no " + type.getSimpleName());
        }
        return type.cast(m);
    }

    /** Builds the service of a target prefix, if any: true when the table may now hold the target. */
    private boolean buildForTarget(String prefix) {
        for (ServiceProvider p : providers) {
            if (p.targetPrefixes().contains(prefix)) {
                module(p);
                return true;
            }
        }
        return false;
    }
}
