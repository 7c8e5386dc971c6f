package io.kinesisharness.internal.server;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamChannelBootstrap;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.SslContext;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/2 client built from Netty's own codec, which starts with the connection preface (prior knowledge):
 * the way the AWS SDK talks to http:// endpoints, and to https:// ones without ALPN.
 */
final class H2Client implements AutoCloseable {

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final Channel connection;
    private final String authority;

    H2Client(HarnessServer server, SslContext tls) throws InterruptedException {
        authority = server.host() + ":" + server.port();
        connection = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (tls != null) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc(), server.host(), server.port()));
                        }
                        ch.pipeline().addLast(Http2FrameCodecBuilder.forClient().build(),
                                new Http2MultiplexHandler(new ChannelInboundHandlerAdapter()));
                    }
                })
                .connect(server.host(), server.port()).sync().channel();
    }

    Channel connection() {
        return connection;
    }

    FullHttpRequest request(HttpMethod method, String path, byte[] body) {
        FullHttpRequest request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, method, path, Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, authority).setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return request;
    }

    /** Sends one request on a new stream and returns the whole response (the caller releases it). */
    FullHttpResponse exchange(FullHttpRequest request) throws Exception {
        CompletableFuture<FullHttpResponse> response = new CompletableFuture<>();
        Http2StreamChannel stream = open(new HttpObjectAggregator(64 * 1024 * 1024),
                new SimpleChannelInboundHandler<FullHttpResponse>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse msg) {
                        response.complete(msg.retain());
                    }

                    @Override
                    public void channelInactive(ChannelHandlerContext ctx) {
                        response.completeExceptionally(new IllegalStateException("stream closed without response"));
                    }
                });
        stream.writeAndFlush(request);
        return response.get(10, TimeUnit.SECONDS);
    }

    /** Sends a request whose response parts arrive one by one: the head as its status, contents as text. */
    Streaming stream(FullHttpRequest request) throws InterruptedException {
        BlockingQueue<String> parts = new LinkedBlockingQueue<>();
        Http2StreamChannel stream = open(new SimpleChannelInboundHandler<HttpObject>() {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
                if (msg instanceof HttpResponse head) {
                    parts.add("status " + head.status().code());
                }
                if (msg instanceof HttpContent content && content.content().isReadable()) {
                    parts.add(content.content().toString(StandardCharsets.UTF_8));
                }
                if (msg instanceof LastHttpContent) {
                    parts.add("end");
                }
            }
        });
        stream.writeAndFlush(request);
        return new Streaming(stream, parts);
    }

    record Streaming(Http2StreamChannel channel, BlockingQueue<String> parts) {
        String next() throws InterruptedException {
            String part = parts.poll(10, TimeUnit.SECONDS);
            if (part == null) {
                throw new AssertionError("no response part within 10 s");
            }
            return part;
        }
    }

    private Http2StreamChannel open(ChannelHandler... handlers) throws InterruptedException {
        return new Http2StreamChannelBootstrap(connection).handler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel ch) {
                ch.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(false));
                ch.pipeline().addLast(handlers);
            }
        }).open().sync().getNow();
    }

    @Override
    public void close() {
        connection.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
