package io.kinesisharness;

/** How a harness's clock moves. */
public enum ClockMode {
    /** Real time; {@link HarnessClock#advance} is refused. */
    SYSTEM,
    /** Starts at a given instant and moves only when told, so timed effects happen exactly when a test says. */
    MANUAL,
    /** Real time plus an offset that {@link HarnessClock#advance} increases: time travel while time still flows. */
    OFFSET
}
