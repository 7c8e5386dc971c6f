package io.kinesisharness.internal.launcher;

import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.Setting;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The launcher's command line: {@code --name value} or {@code --name=value} for every {@link Setting}, plus
 * {@code -h/--help} and {@code -V/--version}. Parsed here rather than by a CLI library: the grammar is flat and
 * generated from the settings, and picocli cost about 0.45 s of a start-up that should take a fraction of that.
 */
record Options(Map<Setting<?>, String> values, boolean help, boolean version) {

    static Options parse(String[] args) {
        Map<Setting<?>, String> values = new LinkedHashMap<>();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "-V", "--version" -> version = true;
                default -> {
                    if (!arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unexpected argument: " + arg);
                    }
                    int eq = arg.indexOf('=');
                    String name = arg.substring(2, eq < 0 ? arg.length() : eq);
                    Setting<?> setting = find(name, arg);
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException("Missing value for option " + setting.flag());
                    }
                    values.put(setting, value);
                }
            }
        }
        return new Options(Map.copyOf(values), help, version);
    }

    private static Setting<?> find(String name, String arg) {
        for (Setting<?> s : HarnessSettings.ALL) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown option: " + arg);
    }

    static void usage(PrintWriter out) {
        out.println("Usage: java -jar kinesis-harness.jar [options]");
        out.println("Local, wire-compatible Amazon Kinesis endpoint with a controllable clock.");
        out.println("Every option can also be set through the environment variable shown; a flag wins.");
        out.println();
        for (Setting<?> s : HarnessSettings.ALL) {
            out.printf("  %-40s %s%n", s.flag() + " <" + s.name() + ">", s.description());
            out.printf("  %-40s [%s]%s%n", "", s.envVar(), defaultText(s));
        }
        out.printf("  %-40s %s%n", "-h, --help", "Show this help and exit.");
        out.printf("  %-40s %s%n", "-V, --version", "Print the version and exit.");
        out.flush();
    }

    private static <T> String defaultText(Setting<T> s) {
        return s.defaultValue() == null ? "" : " default: " + s.print(s.defaultValue());
    }
}
