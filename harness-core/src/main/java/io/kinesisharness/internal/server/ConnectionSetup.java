package io.kinesisharness.internal.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpServerUpgradeHandler.UpgradeCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.util.AsciiString;
import java.util.Collection;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the handler chains of one server's connections. Whatever the protocol, the request handler ends up
 * after an aggregator and sees only {@link FullHttpRequest}s, either on the connection itself (HTTP/1.1) or on
 * one child channel per HTTP/2 stream.
 */
final class ConnectionSetup {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSetup.class);

    static final String GUARD = "guard";
    /** Handlers that serve HTTP/1.1 requests; after an h2c upgrade the streams' own copies take over. */
    private static final String[] HTTP1_REQUEST_CHAIN = {"aggregator", "keep-alive", "framing", "sequencer", "handler"};

    // Generous: the SDK uploads multi-MiB PutRecords bodies and keeps many SubscribeToShard streams open on one
    // connection. Netty also widens the connection window to twice the stream window on server codecs.
    private static final int MAX_CONCURRENT_STREAMS = 10_000;
    private static final int STREAM_WINDOW_BYTES = 16 * 1024 * 1024;
    private static final int MAX_HEADER_LIST_BYTES = 64 * 1024;
    private static final int MAX_INITIAL_LINE_BYTES = 16 * 1024;
    private static final int MAX_HTTP1_CHUNK_BYTES = 64 * 1024;

    /** Set by {@link #serve} before any connection is read from (connections do not read until then). */
    private volatile ChannelHandler requestHandler;
    private final int maxRequestBytes;
    private final Supplier<SslContext> sslContext;
    private final ChannelInitializer<Http2StreamChannel> streamInitializer = new ChannelInitializer<>() {
        @Override
        protected void initChannel(Http2StreamChannel stream) {
            stream.pipeline().addLast(
                    new Http2StreamFrameToHttpObjectCodec(true),
                    new BoundedAggregator(maxRequestBytes),
                    requestHandler,
                    ConnectionGuard.INSTANCE);
        }
    };

    ConnectionSetup(int maxRequestBytes, Supplier<SslContext> sslContext) {
        this.maxRequestBytes = maxRequestBytes;
        this.sslContext = sslContext;
    }

    void serve(ChannelHandler handler) {
        this.requestHandler = handler;
    }

    void initConnection(Channel connection) {
        connection.pipeline()
                .addLast("sniffer", new ProtocolSniffer(this, false))
                .addLast(GUARD, ConnectionGuard.INSTANCE);
    }

    void useTls(ChannelPipeline pipeline) {
        pipeline.addBefore(GUARD, "tls", sslContext.get().newHandler(pipeline.channel().alloc()));
        pipeline.addBefore(GUARD, "alpn", new TlsNegotiator(this));
    }

    void sniffInsideTls(ChannelPipeline pipeline) {
        pipeline.addBefore(GUARD, "sniffer-tls", new ProtocolSniffer(this, true));
    }

    void useHttp1(ChannelPipeline pipeline, boolean allowH2cUpgrade) {
        LOG.debug("{} speaks HTTP/1.1{}", pipeline.channel(), overTls(pipeline));
        HttpServerCodec codec = new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_INITIAL_LINE_BYTES)
                .setMaxHeaderSize(MAX_HEADER_LIST_BYTES)
                .setMaxChunkSize(MAX_HTTP1_CHUNK_BYTES));
        pipeline.addBefore(GUARD, "http1", codec);
        if (allowH2cUpgrade) {
            pipeline.addBefore(GUARD, "h2c-upgrade",
                    new HttpServerUpgradeHandler(codec, this::newUpgradeCodec, maxRequestBytes) {
                        // It aggregates upgrade requests itself; oversized ones get the same answer as others.
                        @Override
                        protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
                            ctx.writeAndFlush(ErrorResponses.tooLarge()).addListener(ChannelFutureListener.CLOSE);
                        }
                    });
        }
        pipeline.addBefore(GUARD, HTTP1_REQUEST_CHAIN[0], new BoundedAggregator(maxRequestBytes));
        // After the aggregator, so the 100-continue and 413 answers it writes itself do not count as responses.
        pipeline.addBefore(GUARD, HTTP1_REQUEST_CHAIN[1], new HttpServerKeepAliveHandler());
        pipeline.addBefore(GUARD, HTTP1_REQUEST_CHAIN[2], Http1ResponseFraming.INSTANCE);
        pipeline.addBefore(GUARD, HTTP1_REQUEST_CHAIN[3], new Http1Sequencer());
        pipeline.addBefore(GUARD, HTTP1_REQUEST_CHAIN[4], requestHandler);
    }

    void useHttp2(ChannelPipeline pipeline) {
        LOG.debug("{} speaks HTTP/2{}", pipeline.channel(), overTls(pipeline));
        pipeline.addBefore(GUARD, "h2", newFrameCodec());
        pipeline.addBefore(GUARD, "h2-streams", new Http2MultiplexHandler(streamInitializer));
    }

    private static String overTls(ChannelPipeline pipeline) {
        return HarnessServer.isTls(pipeline.channel()) ? " over TLS" : "";
    }

    private Http2FrameCodec newFrameCodec() {
        Http2Settings settings = new Http2Settings()
                .maxConcurrentStreams(MAX_CONCURRENT_STREAMS)
                .initialWindowSize(STREAM_WINDOW_BYTES)
                .maxHeaderListSize(MAX_HEADER_LIST_BYTES);
        return Http2FrameCodecBuilder.forServer()
                .initialSettings(settings)
                // Closing a harness must not wait (30 s by default) for long-lived subscription streams to end.
                .gracefulShutdownTimeoutMillis(0)
                // Rapid-reset protection is for public servers; test clients legitimately cancel many streams.
                .decoderEnforceMaxRstFramesPerWindow(10_000, 10)
                .build();
    }

    private UpgradeCodec newUpgradeCodec(CharSequence protocol) {
        if (!AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)) {
            return null;
        }
        Http2ServerUpgradeCodec http2 =
                new Http2ServerUpgradeCodec(newFrameCodec(), new Http2MultiplexHandler(streamInitializer));
        return new UpgradeCodec() {
            @Override
            public Collection<CharSequence> requiredUpgradeHeaders() {
                return http2.requiredUpgradeHeaders();
            }

            @Override
            public boolean prepareUpgradeResponse(ChannelHandlerContext ctx, FullHttpRequest request,
                    HttpHeaders headers) {
                return http2.prepareUpgradeResponse(ctx, request, headers);
            }

            @Override
            public void upgradeTo(ChannelHandlerContext ctx, FullHttpRequest request) {
                LOG.debug("{} upgrades to h2c", ctx.channel());
                // The upgrading request itself is replayed as stream 1 and answered there.
                for (String name : HTTP1_REQUEST_CHAIN) {
                    ctx.pipeline().remove(name);
                }
                http2.upgradeTo(ctx, request);
            }
        };
    }
}
