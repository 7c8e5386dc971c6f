package io.kinesisharness;

/**
 * The control surface a test has over a harness, the same in-process and over HTTP (the admin API under
 * {@code /_harness/} on the harness's port).
 */
public interface HarnessAdmin {

    /** The harness clock. */
    HarnessClock clock();

    /**
     * Drops all state (streams, records, faults, ...) in every account and region and puts a MANUAL or OFFSET
     * clock back to its start; keeps configuration.
     */
    void reset();

    /** Fault injection for the calls this harness answers; cleared by {@link #reset()}. */
    HarnessFaults faults();

    /** True once the harness answers requests. */
    boolean healthy();
}
