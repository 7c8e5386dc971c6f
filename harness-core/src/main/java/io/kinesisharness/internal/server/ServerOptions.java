package io.kinesisharness.internal.server;

/**
 * Settings of one {@link HarnessServer}. {@code port} 0 picks a free port; a {@code null} host or TLS material
 * means the defaults (loopback only, generated self-signed certificate), so callers only name what they change.
 */
public record ServerOptions(String host, int port, int maxRequestBytes, TlsMaterial tls) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Far above Kinesis' 5 MiB PutRecords limit, so the service layer answers limit errors, not this layer. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 64 * 1024 * 1024;

    public ServerOptions {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
        tls = tls == null ? TlsMaterial.selfSigned() : tls;
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, 0, DEFAULT_MAX_REQUEST_BYTES, TlsMaterial.selfSigned());
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, maxRequestBytes, tls);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, maxRequestBytes, tls);
    }

    public ServerOptions withMaxRequestBytes(int newMax) {
        return new ServerOptions(host, port, newMax, tls);
    }

    public ServerOptions withTls(TlsMaterial newTls) {
        return new ServerOptions(host, port, maxRequestBytes, newTls);
    }
}
