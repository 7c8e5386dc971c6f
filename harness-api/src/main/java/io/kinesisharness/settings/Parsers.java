package io.kinesisharness.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text forms shared by several settings. */
final class Parsers {

    private Parsers() {
    }

    static String accountId(String s) {
        if (!s.matches("\\d{12}")) {
            throw new IllegalArgumentException("an account id has 12 digits");
        }
        return s;
    }

    static boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    static int positive(String s) {
        int v = Integer.parseInt(s);
        if (v < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return v;
    }

    /** A comma-separated list; blanks between commas are skipped. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return List.copyOf(names);
    }
}
