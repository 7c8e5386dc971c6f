package io.kinesisharness;

/**
 * The control surface a test has over a harness, the same in-process and over HTTP (the admin API under
 * {@code /_harness/} on the harness's port).
 */
public interface HarnessAdmin {

    /** The harness clock. */
    HarnessClock clock();

    /** Drops all state (streams, records, ...) in every account and region; keeps configuration and clock. */
    void reset();

    /** True once the harness answers requests. */
    boolean healthy();
}
