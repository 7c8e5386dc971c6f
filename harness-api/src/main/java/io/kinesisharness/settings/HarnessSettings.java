package io.kinesisharness.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Every setting of a harness: the server's, then each service's group. The launcher's flags and environment
 * variables, {@code --help}, the README's options table (a test compares them) and the by-name lookups of the
 * builders and the container module all come from this list.
 */
public final class HarnessSettings {

    public static final List<Setting<?>> ALL = concat(ServerSettings.ALL, KinesisSettings.ALL, S3Settings.ALL,
            FirehoseSettings.ALL, DynamoDbSettings.ALL, AnalyticsSettings.ALL,
            ServerSettings.TLS);

    private HarnessSettings() {
    }

    /** The setting named as its flag without the dashes ({@code create-stream-delay}). */
    public static Setting<?> byName(String name) {
        for (Setting<?> s : ALL) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        List<String> names = new ArrayList<>();
        ALL.forEach(s -> names.add(s.name()));
        throw new IllegalArgumentException("Unknown setting '" + name + "'; known: " + names);
    }

    @SafeVarargs
    private static List<Setting<?>> concat(List<Setting<?>>... groups) {
        List<Setting<?>> all = new ArrayList<>();
        for (List<Setting<?>> g : groups) {
            all.addAll(g);
        }
        return List.copyOf(all);
    }
}
