package io.kinesisharness.internal.http;

import io.kinesisharness.internal.dispatch.StreamingBody;
import io.kinesisharness.internal.dispatch.StreamingResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StreamingResponse} on one channel: an HTTP/2 stream's child channel (where the server codec turns the
 * body into DATA frames and the end into END_STREAM) or an HTTP/1.1 connection (where the framing handler makes
 * it chunked). It sits in the pipeline behind the router while the response lasts, to hear of writability changes
 * and of the client going away.
 *
 * <p>A response that has written nothing for {@link #IDLE_NANOS} of real time tells its listener
 * ({@link Listener#idle()}): what it carries may follow a harness clock that stands still, while clients give up
 * reading on real time (the AWS SDK's Kinesis client after 10 s without a byte).
 */
final class ChannelStreamingResponse extends ChannelInboundHandlerAdapter implements StreamingResponse {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelStreamingResponse.class);
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(6);

    private final ChannelHandlerContext router;
    private ChannelHandlerContext self;
    private Listener listener;
    private boolean begun;
    private boolean ended;
    private boolean closedTold;
    private long lastWriteNanos;
    private ScheduledFuture<?> idleCheck;

    private ChannelStreamingResponse(ChannelHandlerContext router) {
        this.router = router;
    }

    /** Binds a response to the router's channel and starts the answer on the channel's I/O thread. */
    static void open(ChannelHandlerContext router, StreamingBody answer) {
        ChannelStreamingResponse response = new ChannelStreamingResponse(router);
        if (router.isRemoved() || !router.channel().isActive()) {
            // The client left before the answer could start (an injected delay); starting it anyway lets it
            // learn that at once and let go of what it holds.
            response.ended = true;
        } else {
            router.pipeline().addAfter(router.name(), null, response);
        }
        try {
            answer.start(response);
        } catch (RuntimeException e) {
            LOG.error("Streaming answer failed to start", e);
            response.end();
        }
        if (!router.channel().isActive()) {
            response.tellClosed();
        }
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        self = ctx;
    }

    @Override
    public Executor executor() {
        return router.executor();
    }

    @Override
    public void begin(String contentType) {
        if (begun || ended) {
            return;
        }
        begun = true;
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        ResponseIds.stamp(head.headers());
        self.write(head, self.voidPromise());
        lastWriteNanos = System.nanoTime();
        idleCheck = self.executor().scheduleAtFixedRate(this::checkIdle, 1, 1, TimeUnit.SECONDS);
    }

    private void checkIdle() {
        long now = System.nanoTime();
        if (!ended && listener != null && now - lastWriteNanos >= IDLE_NANOS) {
            // Counted as a write even if the listener has nothing to say, so it is asked again only after a while.
            lastWriteNanos = now;
            listener.idle();
        }
    }

    @Override
    public void write(byte[] bytes) {
        if (begun && !ended) {
            self.write(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes)), self.voidPromise());
            lastWriteNanos = System.nanoTime();
        }
    }

    @Override
    public void flush() {
        if (!ended) {
            self.flush();
        }
    }

    @Override
    public boolean isWritable() {
        return !ended && self.channel().isWritable();
    }

    @Override
    public void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (begun && self.channel().isActive()) {
            self.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT, self.voidPromise());
        }
        if (!self.isRemoved()) {
            self.pipeline().remove(this);
        }
        tellClosed();
    }

    @Override
    public boolean isOpen() {
        return !ended && self.channel().isActive();
    }

    @Override
    public void listen(Listener listener) {
        this.listener = listener;
        if (ended) {
            tellClosed();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (listener != null && !ended && ctx.channel().isWritable()) {
            listener.writable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ended = true;
        tellClosed();
        ctx.fireChannelInactive();
    }

    private void tellClosed() {
        ended = true;
        if (idleCheck != null) {
            idleCheck.cancel(false);
        }
        if (!closedTold && listener != null) {
            closedTold = true;
            listener.closed();
        }
    }
}
