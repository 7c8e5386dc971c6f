package io.kinesisharness.internal.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last handler of every connection and stream pipeline: whatever error or stray message gets this far ends
 * that channel quietly. Peers that reset connections are normal for a test emulator, not worth a warning.
 */
@ChannelHandler.Sharable
final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    static final ConnectionGuard INSTANCE = new ConnectionGuard();

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private ConnectionGuard() {
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Closing {} after error: {}", ctx.channel(), cause.toString());
        ctx.close();
    }
}
