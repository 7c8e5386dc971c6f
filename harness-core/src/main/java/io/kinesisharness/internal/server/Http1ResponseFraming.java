package io.kinesisharness.internal.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Gives every HTTP/1.1 response a self-defined length, so request handlers can write the same objects for
 * HTTP/1.1 and HTTP/2: without it a streamed response would have no end but the connection's, and the
 * keep-alive handler (next towards the socket) would close the connection after it.
 */
@ChannelHandler.Sharable
final class Http1ResponseFraming extends ChannelOutboundHandlerAdapter {

    static final Http1ResponseFraming INSTANCE = new Http1ResponseFraming();

    private Http1ResponseFraming() {
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response && mayHaveBody(response)
                && !HttpUtil.isContentLengthSet(response) && !HttpUtil.isTransferEncodingChunked(response)) {
            if (msg instanceof FullHttpResponse full) {
                HttpUtil.setContentLength(full, full.content().readableBytes());
            } else {
                HttpUtil.setTransferEncodingChunked(response, true);
            }
        }
        ctx.write(msg, promise);
    }

    private static boolean mayHaveBody(HttpResponse response) {
        int code = response.status().code();
        return code >= 200 && code != 204 && code != 304;
    }
}
