package io.kinesisharness.internal.server;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.ReferenceCountUtil;

/**
 * Aggregates request bodies up to the configured limit and answers anything larger with the AWS-style 413.
 * Used on HTTP/1.1 connections and on every HTTP/2 stream.
 */
final class BoundedAggregator extends HttpObjectAggregator {

    /** Set while an oversized HTTP/1.1 body is still arriving after its 413 went out. */
    private ChannelFuture pendingRejection;

    private final int maxRequestBytes;

    BoundedAggregator(int maxRequestBytes) {
        super(maxRequestBytes, true);
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (response instanceof HttpResponse r
                && r.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
            ReferenceCountUtil.release(response);
            return ErrorResponses.tooLarge(start, maxRequestBytes);
        }
        return response;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        ChannelFuture written = ctx.writeAndFlush(ErrorResponses.tooLarge(oversized, maxRequestBytes));
        if (ctx.channel() instanceof Http2StreamChannel) {
            // On HTTP/2 closing the stream sends RST_STREAM, which stops the upload without hurting the connection.
            written.addListener(ChannelFutureListener.CLOSE);
        } else {
            // Closing a TCP connection with unread input makes the kernel send a reset, which can make a client
            // lose the 413 already sent (RFC 9112, section 9.6). So the rest of the body is read and discarded
            // (the parent does that) first; the last chunk may be the very one that overflowed, which channelRead
            // notices right after this returns.
            pendingRejection = written;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        boolean last = msg instanceof LastHttpContent;
        super.channelRead(ctx, msg);
        if (last && pendingRejection != null) {
            pendingRejection.addListener(ChannelFutureListener.CLOSE);
            pendingRejection = null;
        }
    }
}
