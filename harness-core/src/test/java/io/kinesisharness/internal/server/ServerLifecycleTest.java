package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.closedByPeer;
import static io.kinesisharness.internal.server.TestSupport.readBody;
import static io.kinesisharness.internal.server.TestSupport.readHead;
import static io.kinesisharness.internal.server.TestSupport.send;
import static io.kinesisharness.internal.server.TestSupport.socket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ServerLifecycleTest {

    private static final String IO_THREAD_PREFIX = "kinesis-harness-io-";

    @Test
    void a_bound_server_holds_early_requests_and_answers_them_once_it_serves() throws Exception {
        HarnessServer server = HarnessServer.bind(ServerOptions.defaults());
        try (Socket early = socket(server)) {
            send(early, "GET /early HTTP/1.1\r\nHost: x\r\n\r\n");
            early.setSoTimeout(300);
            assertThatThrownBy(() -> early.getInputStream().read())
                    .as("nothing is read, let alone answered, before serve()")
                    .isInstanceOf(SocketTimeoutException.class);

            server.serve(new EchoHandler());

            early.setSoTimeout(10_000);
            InputStream in = early.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            assertThat(readBody(in, head)).contains("/early");
            try (Socket later = socket(server)) {
                send(later, "GET /later HTTP/1.1\r\nHost: x\r\n\r\n");
                InputStream laterIn = later.getInputStream();
                String laterHead = readHead(laterIn);
                assertThat(readBody(laterIn, laterHead)).contains("/later");
            }
        } finally {
            server.close();
        }
    }

    @Test
    void close_closes_open_keep_alive_connections_and_frees_the_port() throws Exception {
        HarnessServer server = HarnessServer.start(ServerOptions.defaults(), new EchoHandler());
        int port = server.port();
        assertThat(port).isPositive();
        assertThat(server.host()).isEqualTo("127.0.0.1");
        try (Socket socket = socket(server)) {
            send(socket, "GET /keep HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            readBody(in, head);
            assertThat(head).doesNotContainIgnoringCase("connection: close");

            server.close();
            assertThat(closedByPeer(socket)).isTrue();
        }
        server.close(); // idempotent

        // Nothing listens there any more. (Binding the port again is not a sound check: on a busy machine the kernel
        // may hand the freed port to some other connection as its local port at once.)
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void close_ends_open_http2_streams_without_waiting_for_them() throws Exception {
        EchoHandler handler = new EchoHandler();
        HarnessServer server = HarnessServer.start(ServerOptions.defaults(), handler);
        try (H2Client client = new H2Client(server, null)) {
            H2Client.Streaming response = client.stream(client.request(HttpMethod.GET, "/stream", new byte[0]));
            assertThat(response.next()).isEqualTo("status 200");
            EchoHandler.Stream stream = handler.nextStream();

            long started = System.nanoTime();
            server.close();
            assertThat((System.nanoTime() - started) / 1_000_000).as("close() in ms").isLessThan(2_000);
            assertThat(stream.channel().closeFuture().await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(client.connection().closeFuture().await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void starting_on_a_taken_port_fails_with_a_message_naming_it() {
        try (HarnessServer first = HarnessServer.start(ServerOptions.defaults(), new EchoHandler())) {
            assertThatThrownBy(() -> HarnessServer.start(
                    ServerOptions.defaults().withPort(first.port()), new EchoHandler()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port())
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void a_handler_that_is_not_sharable_is_refused() {
        assertThatThrownBy(() -> HarnessServer.start(ServerOptions.defaults(), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ctx.fireChannelRead(msg);
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sharable");
    }

    @Test
    void fifty_servers_start_and_stop_quickly_on_the_shared_threads() throws Exception {
        HarnessServer.start(ServerOptions.defaults(), new EchoHandler()).close(); // warm up class loading
        Set<String> before = otherThreads();

        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            try (HarnessServer server = HarnessServer.start(ServerOptions.defaults(), new EchoHandler())) {
                try (Socket socket = socket(server)) {
                    send(socket, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                    assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
                }
            }
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).as("50 start/request/close cycles, in ms").isLessThan(5_000);
        assertThat(otherThreads()).as("threads besides the shared I/O threads").isSubsetOf(before);
        long ioThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(IO_THREAD_PREFIX)).count();
        assertThat(ioThreads).isLessThanOrEqualTo(1 + Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    private static Set<String> otherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(t -> t.getName())
                .filter(name -> !name.startsWith(IO_THREAD_PREFIX))
                .collect(Collectors.toSet());
    }
}
