package io.kinesisharness;

import java.time.Duration;
import java.time.Instant;

/**
 * The one source of time inside a harness. Every timed effect (stream status changes, retention, iterator
 * expiry, buffers, ...) is derived from it.
 *
 * <p>{@link #advance} and {@link #setTo} return only after every effect due at or before the new time has run,
 * in time order, so a test never needs to sleep or poll after moving the clock.
 */
public interface HarnessClock {

    ClockMode mode();

    Instant now();

    /**
     * Moves time forward ({@link ClockMode#MANUAL}: the clock itself; {@link ClockMode#OFFSET}: the offset).
     *
     * @return the new current time
     * @throws IllegalStateException in {@link ClockMode#SYSTEM}, or for a negative duration
     */
    Instant advance(Duration duration);

    /**
     * Sets the clock to an instant that is not before {@link #now()}.
     *
     * @return the new current time
     * @throws IllegalStateException in {@link ClockMode#SYSTEM}, or when the instant lies in the past
     */
    Instant setTo(Instant instant);
}
