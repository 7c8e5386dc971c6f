package io.kinesisharness.internal.http;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.admin.AdminRoutes;
import io.kinesisharness.internal.common.ScratchBytes;
import io.kinesisharness.internal.dispatch.AwsReply;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.RestHandler;
import io.kinesisharness.internal.dispatch.RestRequest;
import io.kinesisharness.internal.dispatch.XmlErrors;
import io.kinesisharness.internal.errors.CommonErrors;
import io.kinesisharness.internal.protocol.auth.SigningName;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of every HTTP pipeline (HTTP/1.1 connections and HTTP/2 streams alike), and the one front door of all
 * services: admin routes under {@code /_harness/}; AWS JSON/CBOR calls by {@code X-Amz-Target}; a request
 * without one to the REST service its SigV4 scope names ({@code s3}), or, unsigned, to the REST service that
 * takes anonymous requests when its path names a resource; everything else to the JSON/CBOR front door, which
 * answers as AWS's does. An answer that streams gets a {@link ChannelStreamingResponse} bound to the channel.
 */
@ChannelHandler.Sharable
public final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);
    private static final String TARGET = "x-amz-target";
    /**
     * A call's body is decoded before its I/O thread takes the next request (decoded values copy what they keep),
     * so one array per thread serves them all instead of a fresh, zeroed one of up to 5 MiB per PutRecords.
     */
    private static final ScratchBytes BODIES = new ScratchBytes(16 * 1024, 1024 * 1024);

    private final Dispatcher dispatcher;
    private final AdminRoutes admin;
    private final Function<String, RestHandler> rest;

    /**
     * @param rest the REST service signing as a name ({@code ""}: the one taking unsigned requests), or null
     */
    public HttpRouter(Dispatcher dispatcher, AdminRoutes admin, Function<String, RestHandler> rest) {
        this.dispatcher = dispatcher;
        this.admin = admin;
        this.rest = rest;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String uri = request.uri();
        AwsReply reply;
        HttpHeaders headers = request.headers();
        boolean cors = headers.contains(HttpHeaderNames.ORIGIN);
        if (cors && request.method().equals(HttpMethod.OPTIONS)) {
            // A browser's preflight, answered before anything else looks at the request, as AWS does.
            Cors.preflight(ctx, request);
            return;
        }
        RestHandler restService;
        if (uri.startsWith(AdminRoute.PREFIX)) {
            reply = admin.handle(request.method().name(), uri, ByteBufUtil.getBytes(request.content()));
        } else if (!headers.contains(TARGET) && (restService = restService(uri, headers)) != null) {
            reply = restService.handle(restRequest(request));
        } else if (!request.method().equals(HttpMethod.POST)) {
            reply = XmlErrors.accessDenied();
        } else {
            ByteBuf content = request.content();
            int length = content.readableBytes();
            byte[] body = BODIES.atLeast(length);
            content.getBytes(content.readerIndex(), body, 0, length);
            boolean hasDate = headers.contains("x-amz-date") || headers.contains(HttpHeaderNames.DATE);
            int q = uri.indexOf('?');
            reply = dispatcher.dispatch(new Dispatcher.Call(headers.get(TARGET), headers.get(HttpHeaderNames.CONTENT_TYPE),
                    headers.get(HttpHeaderNames.AUTHORIZATION), hasDate, q < 0 ? "" : uri.substring(q + 1), body,
                    length));
        }
        if (cors) {
            reply = reply.withHeaders(Cors.ANSWER_HEADERS);
        }
        if (reply.stream() != null) {
            stream(ctx, reply);
        } else {
            write(ctx, request, reply);
        }
    }

    /** The REST service a request without a target goes to, or null for the JSON/CBOR front door. */
    private RestHandler restService(String uri, HttpHeaders headers) {
        int q = uri.indexOf('?');
        String name = SigningName.of(headers.get(HttpHeaderNames.AUTHORIZATION), q < 0 ? "" : uri.substring(q + 1));
        if (name == null) {
            return null;
        }
        if (name.isEmpty()) {
            // Unsigned: a path naming a resource ("/bucket/key") is anonymous REST access; "/" is not.
            String path = q < 0 ? uri : uri.substring(0, q);
            boolean namesResource = path.length() > 1 || isSubdomainOfLocalhost(headers.get(HttpHeaderNames.HOST));
            return namesResource ? rest.apply("") : null;
        }
        return rest.apply(name);
    }

    /** {@code bucket.localhost:4567}: a virtual-hosted name, which only REST services use. */
    private static boolean isSubdomainOfLocalhost(String host) {
        if (host == null) {
            return false;
        }
        int colon = host.lastIndexOf(':');
        String name = (colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
        return name.endsWith(".localhost") && name.length() > ".localhost".length();
    }

    private static RestRequest restRequest(FullHttpRequest request) {
        String uri = request.uri();
        int q = uri.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : request.headers()) {
            headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(h.getValue());
        }
        String host = request.headers().get(HttpHeaderNames.HOST);
        return new RestRequest(request.method().name(), q < 0 ? uri : uri.substring(0, q),
                q < 0 ? "" : uri.substring(q + 1), headers, host == null ? "" : host,
                ByteBufUtil.getBytes(request.content()));
    }

    private static void stream(ChannelHandlerContext ctx, AwsReply reply) {
        if (reply.delayMillis() > 0) {
            ctx.executor().schedule(() -> ChannelStreamingResponse.open(ctx, reply.stream()), reply.delayMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            ChannelStreamingResponse.open(ctx, reply.stream());
        }
    }

    private static void write(ChannelHandlerContext ctx, FullHttpRequest request, AwsReply reply) {
        ByteBuf body = body(ctx, reply);
        if (body == null) {
            reply = AwsReply.error(CommonErrors.INTERNAL_FAILURE.exception(null), WireFormat.fromContentType(
                    reply.contentType()));
            body = Unpooled.wrappedBuffer(reply.body());
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()), body);
        HttpHeaders h = response.headers();
        if (reply.contentType() != null) {
            h.set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        }
        reply.headers().forEach(h::set);
        if (reply.crc32()) {
            CRC32 crc = new CRC32();
            crc.update(body.nioBuffer());
            h.set("x-amz-crc32", Long.toString(crc.getValue()));
        }
        if (!h.contains(HttpHeaderNames.CONTENT_LENGTH)) {
            h.setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        }
        if (!h.contains("x-amz-request-id")) {
            ResponseIds.stamp(h);
        }
        if (reply.errorCode() != null) {
            h.set("x-amzn-ErrorType", reply.errorCode());
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (reply.delayMillis() > 0) {
            // Injected latency: answer later without holding the I/O thread.
            ctx.executor().schedule(() -> send(ctx, response, keepAlive), reply.delayMillis(), TimeUnit.MILLISECONDS);
        } else {
            send(ctx, response, keepAlive);
        }
    }

    /**
     * The reply's bytes, encoding an operation's output straight into a pooled buffer of the channel's; null if
     * the output could not be encoded (a bug of ours, answered as InternalFailure).
     */
    private static ByteBuf body(ChannelHandlerContext ctx, AwsReply reply) {
        if (reply.writer() == null) {
            return Unpooled.wrappedBuffer(reply.body());
        }
        ByteBuf buf = reply.sizeHint() > 0 ? ctx.alloc().buffer(reply.sizeHint()) : ctx.alloc().buffer();
        try (ByteBufOutputStream out = new ByteBufOutputStream(buf)) {
            reply.writer().writeTo(out);
            return buf;
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot encode an answer", e);
            buf.release();
            return null;
        }
    }

    private static void send(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        if (keepAlive) {
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Closing connection after error", cause);
        ctx.close();
    }
}
