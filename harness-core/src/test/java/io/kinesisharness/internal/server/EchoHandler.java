package io.kinesisharness.internal.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The request handler of these tests. Most paths answer with a JSON description of the request as the server
 * delivered it. {@code /stream} sends one chunk, then waits until the test calls {@link Stream#finish()}, so a
 * test can prove that the first chunk arrived while the response was still open.
 */
@ChannelHandler.Sharable
final class EchoHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    /** A streamed response in progress, handed to the test. */
    record Stream(Channel channel) {
        void finish() {
            channel.eventLoop().execute(() -> {
                channel.writeAndFlush(chunk("chunk-2\n"));
                channel.writeAndFlush(chunk("chunk-3\n"));
                channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
            });
        }
    }

    private final BlockingQueue<Stream> streams = new LinkedBlockingQueue<>();

    Stream nextStream() throws InterruptedException {
        Stream stream = streams.poll(10, TimeUnit.SECONDS);
        if (stream == null) {
            throw new AssertionError("no /stream request reached the handler");
        }
        return stream;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.uri().startsWith("/stream")) {
            DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
            ctx.write(head);
            ctx.writeAndFlush(chunk("chunk-1\n"));
            streams.add(new Stream(ctx.channel()));
            return;
        }
        CRC32 crc = new CRC32();
        crc.update(request.content().nioBuffer());
        String header = request.headers().get("x-test", "");
        Channel connection = HarnessServer.isHttp2(ctx.channel()) ? ctx.channel().parent() : ctx.channel();
        String json = "{\"method\":\"" + request.method() + "\",\"path\":\"" + request.uri()
                + "\",\"header\":\"" + header + "\",\"bodyLength\":" + request.content().readableBytes()
                + ",\"crc\":" + crc.getValue() + ",\"h2\":" + HarnessServer.isHttp2(ctx.channel())
                + ",\"tls\":" + HarnessServer.isTls(ctx.channel())
                + ",\"connection\":\"" + connection.id().asShortText() + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        ctx.writeAndFlush(response);
    }

    private static DefaultHttpContent chunk(String text) {
        ByteBuf content = Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
        return new DefaultHttpContent(content);
    }
}
