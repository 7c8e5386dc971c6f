package io.kinesisharness.testcontainers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kinesisharness.lambda.LambdaFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a test's Java functions over HTTP for a harness in another process (a container): the harness POSTs each
 * invocation event to {@code /functions/<name>} and reads the response; a function that throws answers 500, which
 * the harness takes as a function error. Started on first use, on every interface (a container reaches it through
 * the Docker host's gateway), its threads daemons so it never holds a test JVM open.
 */
final class FunctionServer {

    private final String callbackHost;
    private final Map<String, LambdaFunction> functions = new ConcurrentHashMap<>();
    private HttpServer server;

    FunctionServer(String callbackHost) {
        this.callbackHost = callbackHost;
    }

    /** Serves {@code function} and answers the URL the harness should call for it. */
    synchronized URI serve(String name, LambdaFunction function) {
        functions.put(name, function);
        if (server == null) {
            start();
        }
        return URI.create("http://" + callbackHost + ":" + server.getAddress().getPort() + "/functions/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    synchronized void remove(String name) {
        functions.remove(name);
    }

    private void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the server for the test's functions", e);
        }
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kinesis-harness-functions");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/functions/", this::handle);
        // The JDK's server thread inherits the daemon flag of the thread that starts it: start it from a daemon.
        Thread starter = new Thread(server::start, "kinesis-harness-functions-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = java.net.URLDecoder.decode(exchange.getRequestURI().getPath()
                    .substring("/functions/".length()), StandardCharsets.UTF_8);
            LambdaFunction f = functions.get(name);
            String event = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            String body;
            if (f == null) {
                status = 404;
                body = "no function " + name;
            } else {
                try {
                    body = f.invoke(event);
                } catch (Exception e) {
                    status = 500;
                    body = String.valueOf(e);
                }
            }
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
