package io.kinesisharness.firehose;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Firehose HTTP endpoint on loopback (the JDK's own server): records every request, and answers each as the test
 * scripts it (by default AWS's success answer, echoing the request id).
 */
final class LocalEndpoint implements AutoCloseable {

    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"([^\"]+)\"");

    /** A request as received: headers (names lower case) and body bytes. */
    record Received(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** An answer: status and body. */
    record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile Function<Received, Answer> answers = LocalEndpoint::success;

    LocalEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", v)));
            Received r = new Received(headers, exchange.getRequestBody().readAllBytes());
            received.add(r);
            Answer a = answers.apply(r);
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ingest?source=harness";
    }

    void answer(Function<Received, Answer> answers) {
        this.answers = answers;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** AWS's success answer: the request id echoed with a timestamp. */
    static Answer success(Received r) {
        return new Answer(200, "{\"requestId\":\"" + requestId(r) + "\",\"timestamp\":1765015200000}");
    }

    static String requestId(Received r) {
        Matcher m = REQUEST_ID.matcher(new String(r.body(), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
