package io.kinesisharness.settings;

import io.kinesisharness.ClockMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Settings of the harness itself, whatever services it serves: address, clock, identity, TLS. */
public final class ServerSettings {

    public static final Setting<Integer> PORT = new Setting<>("port",
            "Port for HTTP/1.1, HTTP/2 and TLS (0 picks a free port)", 4567, Integer::parseInt, String::valueOf);
    public static final Setting<String> HOST = Setting.text("host",
            "Address to listen on", "127.0.0.1");
    public static final Setting<ClockMode> CLOCK = new Setting<>("clock",
            "Clock mode: system, manual or offset", ClockMode.SYSTEM,
            s -> ClockMode.valueOf(s.toUpperCase(Locale.ROOT)), m -> m.name().toLowerCase(Locale.ROOT));
    public static final Setting<Instant> START_TIME = new Setting<>("start-time",
            "Initial clock time (ISO-8601, e.g. 2026-01-01T00:00:00Z); default: now", null,
            Instant::parse, Instant::toString);
    public static final Setting<String> REGION = Setting.text("region",
            "Region for requests whose signature names none", "us-east-1");
    public static final Setting<String> ACCOUNT_ID = new Setting<>("account-id",
            "Account for access keys that are not a 12-digit account id", "000000000000",
            Parsers::accountId, s -> s);
    public static final Setting<String> TLS_KEYSTORE = Setting.text("tls-keystore",
            "PKCS12 or JKS key store for TLS; default: a generated self-signed certificate", null);
    public static final Setting<String> TLS_KEYSTORE_PASSWORD = new Setting<>("tls-keystore-password",
            "Password of --tls-keystore", "", s -> s, s -> "****");

    /** The group, in the order {@code --help} and the README list it. */
    public static final List<Setting<?>> ALL = List.of(PORT, HOST, CLOCK, START_TIME, REGION, ACCOUNT_ID);
    /** TLS comes last in the listing, after every service's settings. */
    static final List<Setting<?>> TLS = List.of(TLS_KEYSTORE, TLS_KEYSTORE_PASSWORD);

    private ServerSettings() {
    }
}
