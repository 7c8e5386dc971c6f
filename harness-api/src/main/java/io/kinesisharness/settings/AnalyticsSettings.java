package io.kinesisharness.settings;

import java.time.Duration;
import java.util.List;

/** Settings of Kinesis Data Analytics: how long its state changes take on the harness clock. */
public final class AnalyticsSettings {

    public static final Setting<Duration> APPLICATION_TRANSITION_DELAY = Setting.duration(
            "analytics-transition-delay",
            "Time a Kinesis Data Analytics application stays STARTING, UPDATING or STOPPING (it already reads while "
                    + "STARTING)", Duration.ZERO);

    public static final List<Setting<?>> ALL = List.of(APPLICATION_TRANSITION_DELAY);

    private AnalyticsSettings() {
    }
}
