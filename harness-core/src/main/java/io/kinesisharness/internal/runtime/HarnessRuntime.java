package io.kinesisharness.internal.runtime;

import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.HarnessFaults;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.StreamMode;
import io.kinesisharness.internal.admin.AdminRoutes;
import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.config.Settings;
import io.kinesisharness.internal.config.StreamSpec;
import io.kinesisharness.internal.dispatch.CodecWarmup;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.http.HttpRouter;
import io.kinesisharness.internal.kinesis.KinesisEngine;
import io.kinesisharness.internal.kinesis.KinesisService;
import io.kinesisharness.internal.protocol.Scope;
import java.time.Clock;

/**
 * Everything one harness holds besides its socket: clock, scheduler, engines, operation table, admin. Built
 * once per harness in well under a millisecond once the classes are loaded.
 */
public final class HarnessRuntime implements HarnessAdmin, AutoCloseable {

    private final HarnessConfig config;
    private final ControlledClock clock;
    private final HarnessScheduler scheduler;
    private final KinesisEngine kinesis;
    private final KinesisService kinesisService;
    private final HttpRouter router;
    private final Scope defaultScope;
    private final FaultInjector faults = new FaultInjector();

    public HarnessRuntime(HarnessConfig config) {
        this.config = config;
        this.clock = new ControlledClock(config.get(Settings.CLOCK), config.get(Settings.START_TIME), Clock.systemUTC());
        this.scheduler = new HarnessScheduler(clock);
        this.kinesis = new KinesisEngine(config, scheduler);
        this.kinesisService = new KinesisService(kinesis);
        this.defaultScope = new Scope(config.get(Settings.ACCOUNT_ID), config.get(Settings.REGION));
        OperationTable table = new OperationTable();
        kinesisService.register(table);
        Dispatcher dispatcher = new Dispatcher(table, defaultScope.accountId(), defaultScope.region(), faults);
        this.router = new HttpRouter(dispatcher, new AdminRoutes(this, Version.current()));
        CodecWarmup.startOnce(table, defaultScope.region());
        createConfiguredStreams();
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

    @Override
    public HarnessClock clock() {
        return clock;
    }

    /** Creates a stream in the default account and region, ACTIVE after the create delay. */
    public void createStream(StreamSpec spec) {
        kinesisService.createStream(defaultScope, spec.name(), spec.shards(), spec.mode() == StreamMode.ON_DEMAND,
                spec.retentionHours());
    }

    @Override
    public void reset() {
        faults.clear();
        scheduler.clear();
        clock.restart();
        kinesis.reset();
        createConfiguredStreams();
    }

    @Override
    public HarnessFaults faults() {
        return faults;
    }

    @Override
    public boolean healthy() {
        return true;
    }

    private void createConfiguredStreams() {
        for (StreamSpec s : config.get(Settings.STREAMS)) {
            createStream(s);
        }
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
