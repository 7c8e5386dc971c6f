package io.kinesisharness.internal.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the protocol after the TLS handshake: ALPN's choice if there is one, else the preface decides. */
final class TlsNegotiator extends ApplicationProtocolNegotiationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TlsNegotiator.class);
    private static final String NOT_NEGOTIATED = "none";

    private final ConnectionSetup setup;

    TlsNegotiator(ConnectionSetup setup) {
        super(NOT_NEGOTIATED);
        this.setup = setup;
    }

    @Override
    protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
        switch (protocol) {
            case ApplicationProtocolNames.HTTP_2 -> setup.useHttp2(ctx.pipeline());
            case ApplicationProtocolNames.HTTP_1_1 -> setup.useHttp1(ctx.pipeline(), false);
            default -> setup.sniffInsideTls(ctx.pipeline());
        }
    }

    @Override
    protected void handshakeFailure(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("TLS connection {} failed: {}", ctx.channel(), cause.toString());
        ctx.close();
    }
}
