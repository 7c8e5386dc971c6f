package io.kinesisharness.analytics;

import java.util.List;

/**
 * Kinesis Data Analytics for SQL as a test drives it: an application created and started in one call, records pushed
 * into its input, and what each of its in-application streams produced (its outputs', and {@code error_stream}'s).
 * Time moves with the harness clock: advancing it past a window's end emits the window before {@code advance}
 * returns. Applications are dropped by a reset.
 */
public interface HarnessAnalytics {

    /**
     * Creates the application in the harness's default account and region (as CreateApplication would, so its SQL
     * is checked and refused with AWS's error) and starts it.
     *
     * @throws IllegalArgumentException with the service's message when the application or its code is refused
     */
    void start(AnalyticsApplication application);

    /**
     * Puts records into a running application's input stream now, as if it had read them from its Kinesis stream
     * (records written to that stream are read once a second of harness time, as AWS reads them).
     */
    void push(String application, List<String> records);

    /**
     * The rows an in-application stream of a running application (started by {@link #start}) has produced since it
     * started, each as a JSON object of the stream's columns, in order. {@code error_stream} holds the rows that
     * failed.
     */
    List<String> received(String application, String inApplicationStream);

    /** Stops a running application (StopApplication). */
    void stop(String application);
}
