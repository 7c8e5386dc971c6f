package io.kinesisharness.internal.config;

import io.kinesisharness.settings.Setting;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable set of setting values; anything not set reads as the setting's default. */
public final class HarnessConfig {

    private final Map<Setting<?>, Object> values;

    private HarnessConfig(Map<Setting<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static HarnessConfig defaults() {
        return new HarnessConfig(Map.of());
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object v = values.get(setting);
        return v != null ? (T) v : setting.defaultValue();
    }

    public <T> HarnessConfig with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(setting);
        } else {
            copy.put(setting, value);
        }
        return new HarnessConfig(copy);
    }

    /** Sets a value from its text form (flag or environment variable). */
    public HarnessConfig withText(Setting<?> setting, String text) {
        return withParsed(setting, text);
    }

    private <T> HarnessConfig withParsed(Setting<T> setting, String text) {
        return with(setting, setting.parse(text));
    }
}
