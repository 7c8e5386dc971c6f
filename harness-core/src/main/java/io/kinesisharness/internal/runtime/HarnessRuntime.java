package io.kinesisharness.internal.runtime;

import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.HarnessFaults;
import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.admin.AdminRoutes;
import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.http.HttpRouter;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.ServerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one harness holds besides its socket: clock, scheduler, services, operation table, admin. It names
 * no service: they come from {@link Services}, each built when first needed. Built once per harness in well under
 * a millisecond once the classes are loaded.
 */
public final class HarnessRuntime implements HarnessAdmin, AutoCloseable {

    private final HarnessConfig config;
    private final ControlledClock clock;
    private final HarnessScheduler scheduler;
    private final Services services;
    private final HttpRouter router;
    private final Scope defaultScope;
    private final FaultInjector faults;

    public HarnessRuntime(HarnessConfig config) {
        this(config, Services.discovered());
    }

    /** A runtime with exactly these services (tests compose their own). */
    public HarnessRuntime(HarnessConfig config, List<ServiceProvider> providers) {
        this.config = config;
        this.clock = ControlledClock.onSystemTime(config.get(ServerSettings.CLOCK),
                config.get(ServerSettings.START_TIME));
        this.scheduler = new HarnessScheduler(clock);
        this.defaultScope = new Scope(config.get(ServerSettings.ACCOUNT_ID), config.get(ServerSettings.REGION));
        this.services = new Services(providers, config, scheduler, defaultScope);
        this.faults = services.faults();
        Dispatcher dispatcher = new Dispatcher(services.table(), defaultScope.accountId(), defaultScope.region(),
                faults);
        AdminRoutes admin = new AdminRoutes(this, Version.current(), this::adminHandler, this::serviceStates);
        this.router = new HttpRouter(dispatcher, admin, services::rest);
        try {
            for (ServiceProvider p : services.providers()) {
                if (p.buildAtStart(config)) {
                    services.module(p);
                }
            }
        } catch (RuntimeException | Error e) {
            // A service refused its start-time settings: let go of what the others already hold.
            close();
            throw e;
        }
    }

    public HttpRouter router() {
        return router;
    }

    public HarnessConfig config() {
        return config;
    }

    public Scope defaultScope() {
        return defaultScope;
    }

    /** The named service's module, built now if it was not; IllegalStateException if there is none such. */
    public <M extends ServiceModule> M module(String name, Class<M> type) {
        ServiceModule m = services.module(name);
        if (!type.isInstance(m)) {
            throw new IllegalStateException("This harness has no service " + name);
        }
        return type.cast(m);
    }

    /** Whether the named service has been built (a test that does not use it must not pay for it). */
    public boolean isBuilt(String service) {
        return services.isBuilt(service);
    }

    @Override
    public HarnessClock clock() {
        return clock;
    }

    @Override
    public void reset() {
        faults.clear();
        scheduler.clear();
        clock.restart();
        for (ServiceModule m : services.built()) {
            m.reset();
        }
    }

    @Override
    public HarnessFaults faults() {
        return faults;
    }

    @Override
    public boolean healthy() {
        return true;
    }

    /** The handler of a service's admin route, building the service that declares it; null if none does. */
    private AdminHandler adminHandler(AdminRoute route) {
        for (ServiceProvider p : services.providers()) {
            if (p.adminRoutes().contains(route)) {
                return services.module(p).adminRoutes().get(route);
            }
        }
        return null;
    }

    private List<Map<String, Object>> serviceStates() {
        List<Map<String, Object>> states = new ArrayList<>();
        for (ServiceProvider p : services.providers()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", p.name());
            s.put("built", services.isBuilt(p.name()));
            states.add(s);
        }
        return states;
    }

    @Override
    public void close() {
        for (ServiceModule m : services.built()) {
            m.close();
        }
        scheduler.close();
    }
}
