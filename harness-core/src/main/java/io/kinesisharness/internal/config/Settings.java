package io.kinesisharness.internal.config;

import io.kinesisharness.ClockMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every harness setting. Add a setting here and it becomes a flag, an environment variable and a builder key. */
public final class Settings {

    public static final Setting<Integer> PORT = new Setting<>("port",
            "Port for HTTP/1.1, HTTP/2 and TLS (0 picks a free port)", 4567, Integer::parseInt, String::valueOf);
    public static final Setting<String> HOST = new Setting<>("host",
            "Address to listen on", "127.0.0.1", s -> s, s -> s);
    public static final Setting<ClockMode> CLOCK = new Setting<>("clock",
            "Clock mode: system, manual or offset", ClockMode.SYSTEM,
            s -> ClockMode.valueOf(s.toUpperCase(Locale.ROOT)), m -> m.name().toLowerCase(Locale.ROOT));
    public static final Setting<Instant> START_TIME = new Setting<>("start-time",
            "Initial clock time (ISO-8601, e.g. 2026-01-01T00:00:00Z); default: now", null,
            Instant::parse, Instant::toString);
    public static final Setting<String> REGION = new Setting<>("region",
            "Region for requests whose signature names none", "us-east-1", s -> s, s -> s);
    public static final Setting<String> ACCOUNT_ID = new Setting<>("account-id",
            "Account for access keys that are not a 12-digit account id", "000000000000",
            Settings::accountId, s -> s);
    public static final Setting<List<StreamSpec>> STREAMS = new Setting<>("streams",
            "Streams to create at start (and after each reset): name[:shards|:on-demand][:retentionHours],...", List.of(),
            StreamSpec::parseList, StreamSpec::printList);
    public static final Setting<Duration> CREATE_STREAM_DELAY = new Setting<>("create-stream-delay",
            "Time a new stream stays CREATING (e.g. 500ms, 2s, PT1S)", Duration.ZERO,
            Durations::parse, Durations::print);
    public static final Setting<Duration> DELETE_STREAM_DELAY = new Setting<>("delete-stream-delay",
            "Time a deleted stream stays DELETING", Duration.ZERO, Durations::parse, Durations::print);
    public static final Setting<Duration> UPDATE_STREAM_DELAY = new Setting<>("update-stream-delay",
            "Time a stream stays UPDATING after a change", Duration.ZERO, Durations::parse, Durations::print);
    public static final Setting<Duration> REGISTER_CONSUMER_DELAY = new Setting<>("register-consumer-delay",
            "Time a new enhanced fan-out consumer stays CREATING", Duration.ZERO, Durations::parse, Durations::print);
    public static final Setting<Duration> DEREGISTER_CONSUMER_DELAY = new Setting<>("deregister-consumer-delay",
            "Time a deregistered consumer stays DELETING", Duration.ZERO, Durations::parse, Durations::print);
    public static final Setting<Integer> SHARD_LIMIT = new Setting<>("shard-limit",
            "Shards allowed per account and region", 500, Settings::positive, String::valueOf);
    public static final Setting<Boolean> THROTTLING = new Setting<>("throttling",
            "Enforce AWS's per-shard throughput and per-operation rate limits (true or false)", false,
            Settings::bool, String::valueOf);
    public static final Setting<String> TLS_KEYSTORE = new Setting<>("tls-keystore",
            "PKCS12 or JKS key store for TLS; default: a generated self-signed certificate", null, s -> s, s -> s);
    public static final Setting<String> TLS_KEYSTORE_PASSWORD = new Setting<>("tls-keystore-password",
            "Password of --tls-keystore", "", s -> s, s -> "****");

    public static final List<Setting<?>> ALL = List.of(PORT, HOST, CLOCK, START_TIME, REGION, ACCOUNT_ID, STREAMS,
            CREATE_STREAM_DELAY, DELETE_STREAM_DELAY, UPDATE_STREAM_DELAY, REGISTER_CONSUMER_DELAY,
            DEREGISTER_CONSUMER_DELAY, SHARD_LIMIT, THROTTLING, TLS_KEYSTORE,
            TLS_KEYSTORE_PASSWORD);

    private Settings() {
    }

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

    private static String accountId(String s) {
        if (!s.matches("\\d{12}")) {
            throw new IllegalArgumentException("an account id has 12 digits");
        }
        return s;
    }

    private static boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static int positive(String s) {
        int v = Integer.parseInt(s);
        if (v < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return v;
    }
}
