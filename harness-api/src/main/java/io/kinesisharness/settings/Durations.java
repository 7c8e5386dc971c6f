package io.kinesisharness.settings;

import java.time.Duration;
import java.util.Locale;

/** Reads durations as people write them in flags: {@code 0}, {@code 250ms}, {@code 2s}, {@code 5m}, {@code 1h}, or ISO-8601. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) {
            return nonNegative(Duration.parse(text.trim()));
        }
        if (s.matches("\\d+")) {
            return nonNegative(Duration.ofMillis(Long.parseLong(s)));
        }
        if (s.endsWith("ms")) {
            return nonNegative(Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2))));
        }
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        return nonNegative(switch (s.charAt(s.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("use e.g. 500ms, 2s, 5m, 1h or PT2S");
        });
    }

    static String print(Duration d) {
        return d.toMillis() + "ms";
    }

    private static Duration nonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
        }
        return d;
    }
}
