package io.kinesisharness.internal.clock;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The harness clock. The only place that reads real time (for SYSTEM and OFFSET); engines ask it for
 * {@link #now()} and never read the wall clock themselves. Moving it runs due effects through the
 * {@link HarnessScheduler} before returning.
 */
public final class ControlledClock implements HarnessClock {

    private final ClockMode mode;
    private final Clock realTime;
    private final Object lock = new Object();
    /** MANUAL: the current instant. */
    private volatile Instant manualNow;
    /** OFFSET: added to real time. */
    private volatile Duration offset = Duration.ZERO;
    private final Instant start;
    private final Duration initialOffset;
    private HarnessScheduler scheduler;

    /** A clock over the system's real time: the one place a harness takes real time from. */
    public static ControlledClock onSystemTime(ClockMode mode, Instant start) {
        return new ControlledClock(mode, start, Clock.systemUTC());
    }

    public ControlledClock(ClockMode mode, Instant start, Clock realTime) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.realTime = Objects.requireNonNull(realTime, "realTime");
        Instant real = realTime.instant();
        this.manualNow = start != null ? start : real;
        if (mode == ClockMode.OFFSET && start != null) {
            offset = Duration.between(real, start);
        }
        this.start = manualNow;
        this.initialOffset = offset;
    }

    /**
     * Puts the clock back where it started (MANUAL: the start instant; OFFSET: the initial offset). Only a
     * reset does this: with all state dropped, nothing can observe time running backwards.
     */
    public void restart() {
        synchronized (lock) {
            manualNow = start;
            offset = initialOffset;
        }
    }

    /** Binds the scheduler whose tasks moving this clock must run. */
    void attach(HarnessScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public ClockMode mode() {
        return mode;
    }

    @Override
    public Instant now() {
        return switch (mode) {
            case MANUAL -> manualNow;
            case SYSTEM -> realTime.instant();
            case OFFSET -> realTime.instant().plus(offset);
        };
    }

    public long nowMillis() {
        return now().toEpochMilli();
    }

    @Override
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalStateException("The clock cannot be moved backwards (duration " + duration + ")");
        }
        refuseInSystemMode();
        synchronized (lock) {
            return moveTo(now().plus(duration));
        }
    }

    @Override
    public Instant setTo(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        refuseInSystemMode();
        synchronized (lock) {
            Instant current = now();
            if (instant.isBefore(current)) {
                throw new IllegalStateException(
                        "The clock cannot be moved backwards: " + instant + " is before the current time " + current);
            }
            return moveTo(instant);
        }
    }

    /** Steps through every due task in time order, showing each the time it was due at, then lands on target. */
    private Instant moveTo(Instant target) {
        HarnessScheduler s = scheduler;
        if (s != null) {
            s.runDueUpTo(target, this::jumpTo);
        }
        jumpTo(target);
        if (s != null) {
            s.clockMoved();
        }
        return now();
    }

    private void jumpTo(Instant t) {
        if (mode == ClockMode.MANUAL) {
            if (t.isAfter(manualNow)) {
                manualNow = t;
            }
        } else {
            Instant current = now();
            if (t.isAfter(current)) {
                offset = offset.plus(Duration.between(current, t));
            }
        }
    }

    private void refuseInSystemMode() {
        if (mode == ClockMode.SYSTEM) {
            throw new IllegalStateException("The clock is in SYSTEM mode and follows real time; "
                    + "start the harness with clock MANUAL or OFFSET to move it");
        }
    }

    @Override
    public String toString() {
        return "HarnessClock[" + mode + ", now=" + now() + "]";
    }
}
