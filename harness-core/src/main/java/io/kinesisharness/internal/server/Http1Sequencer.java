package io.kinesisharness.internal.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;

/**
 * Hands the request handler one HTTP/1.1 request at a time. Pipelining clients may send the next request before
 * the previous response is written, and a handler answering asynchronously could otherwise interleave two
 * responses on the wire. Requests that arrive early wait here, with reading paused, until the response in
 * progress has been written up to its last content.
 */
final class Http1Sequencer extends ChannelDuplexHandler {

    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean responding;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
        } else if (responding) {
            waiting.add(request);
            ctx.channel().config().setAutoRead(false);
        } else {
            dispatch(ctx, request);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        boolean ends = msg instanceof LastHttpContent && !isInformational(msg);
        ctx.write(msg, promise);
        if (ends && responding) {
            responding = false;
            if (!waiting.isEmpty()) {
                // Later, so the handler's own write call finishes before it is handed the next request.
                ctx.executor().execute(() -> dispatchWaiting(ctx));
            }
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        waiting.forEach(FullHttpRequest::release);
        waiting.clear();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        handlerRemoved(ctx);
        ctx.fireChannelInactive();
    }

    private void dispatchWaiting(ChannelHandlerContext ctx) {
        if (responding || ctx.isRemoved()) {
            return;
        }
        FullHttpRequest next = waiting.poll();
        if (next == null) {
            return;
        }
        if (waiting.isEmpty()) {
            ctx.channel().config().setAutoRead(true);
        }
        dispatch(ctx, next);
        ctx.fireChannelReadComplete();
    }

    private void dispatch(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            request.release();
            ctx.writeAndFlush(ErrorResponses.malformed()).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        responding = true;
        ctx.fireChannelRead(request);
    }

    private static boolean isInformational(Object msg) {
        return msg instanceof HttpResponse response && response.status().code() < 200;
    }
}
