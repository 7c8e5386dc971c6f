package io.kinesisharness.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;

/**
 * CORS as AWS's JSON services serve it, so the JavaScript SDK works from a browser page: a preflight is answered
 * 200 with any origin allowed and the requested headers and method echoed; every other answer to a request with
 * an {@code Origin} allows any origin and exposes the headers SDKs read.
 */
final class Cors {

    /** Added to every answer to a request that has an {@code Origin}. */
    static final Map<String, String> ANSWER_HEADERS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Expose-Headers",
            "x-amzn-RequestId,x-amzn-ErrorType,x-amz-request-id,x-amz-id-2,x-amzn-ErrorMessage,Date");

    private static final String MAX_AGE_SECONDS = "172800";

    private Cors() {
    }

    /** 200, no body, no Content-Type; a request id but, as on AWS, no {@code x-amz-id-2}. */
    static void preflight(ChannelHandlerContext ctx, FullHttpRequest request) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.EMPTY_BUFFER);
        HttpHeaders in = request.headers();
        HttpHeaders out = response.headers();
        out.set("x-amzn-RequestId", ResponseIds.requestId());
        out.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        out.set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
        if (in.contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS)) {
            out.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, in.get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS));
        }
        if (in.contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD)) {
            out.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, in.get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD));
        }
        out.setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive) {
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
