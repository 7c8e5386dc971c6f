package io.kinesisharness.internal.launcher;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.settings.ServerSettings;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;

/**
 * The Docker image's HEALTHCHECK: exits 0 when the server started from the same {@code KINESIS_HARNESS_*}
 * environment answers {@code GET /_harness/health} with 200, else 1. A JVM probe rather than curl, because
 * minimal base images have no HTTP tool.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        System.exit(healthy(target(System.getenv())) ? 0 : 1);
    }

    /** The server's base URI; a wildcard listen address is reached through the loopback interface. */
    static URI target(Map<String, String> env) {
        String host = env.getOrDefault(ServerSettings.HOST.envVar(), "");
        if (host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        String port = env.get(ServerSettings.PORT.envVar());
        int p = port == null || port.isBlank() ? ServerSettings.PORT.defaultValue() : ServerSettings.PORT.parse(port);
        return URI.create("http://" + host + ":" + p);
    }

    static boolean healthy(URI server) {
        try {
            HttpURLConnection c = (HttpURLConnection) server.resolve(AdminRoute.HEALTH.path()).toURL().openConnection();
            c.setConnectTimeout(2_000);
            c.setReadTimeout(3_000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
