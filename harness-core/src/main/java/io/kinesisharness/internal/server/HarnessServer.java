package io.kinesisharness.internal.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listening port serving HTTP/1.1, cleartext HTTP/2 (prior knowledge or Upgrade) and TLS (HTTP/2 or 1.1),
 * told apart per connection. The request handler is protocol-blind: it receives one
 * {@link io.netty.handler.codec.http.FullHttpRequest} per request (and must release it) and writes HTTP/1-style
 * response objects: a {@code FullHttpResponse}, or a {@code DefaultHttpResponse} followed by {@code HttpContent}s
 * and a {@code LastHttpContent} for a streamed answer. On HTTP/2 its channel is the stream's child channel, which
 * becomes inactive when the client resets the stream or drops the connection.
 *
 * <p>Starting is cheap: all servers share one JVM-wide set of daemon I/O threads, and a server owns only its
 * listening socket and its open connections.
 */
public final class HarnessServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HarnessServer.class);

    private final String host;
    private final int port;
    private final Channel listener;
    private final ChannelGroup connections;
    private final ConnectionSetup setup;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Shared with the connection initialiser: whether new connections may be read from at once. */
    private final AtomicBoolean serving;

    private HarnessServer(String host, int port, Channel listener, ChannelGroup connections, ConnectionSetup setup,
            AtomicBoolean serving) {
        this.host = host;
        this.port = port;
        this.listener = listener;
        this.connections = connections;
        this.setup = setup;
        this.serving = serving;
    }

    /**
     * Binds and serves; returns once the port accepts connections.
     *
     * @param requestHandler a {@link ChannelHandler.Sharable} handler, installed on every HTTP/1.1 connection
     *     and every HTTP/2 stream
     * @throws UncheckedIOException if the address cannot be bound, for example because the port is taken
     * @throws IllegalArgumentException if the handler is not sharable or a configured key store cannot be loaded
     */
    public static HarnessServer start(ServerOptions options, ChannelHandler requestHandler) {
        HarnessServer server = bind(options);
        try {
            server.serve(requestHandler);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Binds and accepts connections but reads nothing from them until {@link #serve}: a client that connects
     * while the rest of the harness is still being built waits for its answer instead of being refused and
     * polling again (a readiness probe, a container health check).
     *
     * @throws UncheckedIOException if the address cannot be bound, for example because the port is taken
     * @throws IllegalArgumentException if a configured key store cannot be loaded
     */
    public static HarnessServer bind(ServerOptions options) {
        Objects.requireNonNull(options, "options");
        ConnectionSetup setup = new ConnectionSetup(options.maxRequestBytes(), SslContexts.forMaterial(options.tls()));
        // stayClosed: a connection accepted while close() runs is closed as soon as it is added.
        ChannelGroup connections = new DefaultChannelGroup(
                "harness-connections", SharedEventLoops.workers().next(), true);
        AtomicBoolean serving = new AtomicBoolean();

        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(SharedEventLoops.boss(), SharedEventLoops.workers())
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel connection) {
                        LOG.debug("Accepted {}", connection);
                        connection.closeFuture().addListener(f -> LOG.debug("Closed {}", connection));
                        connections.add(connection);
                        setup.initConnection(connection);
                        // Added to the group first: serve() either sees it there or is seen to have run here.
                        if (serving.get()) {
                            connection.config().setAutoRead(true);
                        }
                    }
                });

        ChannelFuture bound = bootstrap.bind(options.host(), options.port()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw bindFailure(options, bound.cause());
        }
        int port = ((InetSocketAddress) bound.channel().localAddress()).getPort();
        LOG.debug("Listening on {}:{}", options.host(), port);
        return new HarnessServer(options.host(), port, bound.channel(), connections, setup, serving);
    }

    /**
     * Starts answering: installs the request handler and lets every connection, those already waiting included,
     * be read from.
     *
     * @param requestHandler a {@link ChannelHandler.Sharable} handler, installed on every HTTP/1.1 connection
     *     and every HTTP/2 stream
     * @throws IllegalArgumentException if the handler is not sharable
     */
    public void serve(ChannelHandler requestHandler) {
        Objects.requireNonNull(requestHandler, "requestHandler");
        if (requestHandler instanceof ChannelHandlerAdapter adapter && !adapter.isSharable()) {
            throw new IllegalArgumentException("The request handler must be @ChannelHandler.Sharable: "
                    + requestHandler.getClass().getName());
        }
        setup.serve(requestHandler);
        serving.set(true);
        for (Channel connection : connections) {
            connection.config().setAutoRead(true);
        }
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    /** Stops listening and closes every open connection; waits for both unless called from an I/O thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ChannelFuture listenerClosed = listener.close();
        boolean mayBlock = !SharedEventLoops.inEventLoop();
        if (mayBlock) {
            listenerClosed.awaitUninterruptibly();
        }
        var connectionsClosed = connections.close();
        if (mayBlock) {
            connectionsClosed.awaitUninterruptibly();
        }
        LOG.debug("Stopped listening on {}:{}", host, port);
    }

    /** Whether the handler's channel is an HTTP/2 stream (rather than an HTTP/1.1 connection). */
    public static boolean isHttp2(Channel channel) {
        return channel instanceof Http2StreamChannel;
    }

    /** Whether the handler's channel, or the connection carrying its stream, is encrypted. */
    public static boolean isTls(Channel channel) {
        Channel connection = channel instanceof Http2StreamChannel ? channel.parent() : channel;
        return connection != null && connection.pipeline().get(SslHandler.class) != null;
    }

    @Override
    public String toString() {
        return "HarnessServer[" + host + ":" + port + "]";
    }

    private static RuntimeException bindFailure(ServerOptions options, Throwable cause) {
        String where = options.host() + ":" + options.port();
        if (cause instanceof IOException io) {
            // The JDK's own words ("Address already in use", "Cannot assign requested address") are the clearest.
            return new UncheckedIOException("Cannot listen on " + where + ": " + io.getMessage(), io);
        }
        return new IllegalStateException("Cannot listen on " + where + ": " + cause, cause);
    }
}
