package io.kinesisharness.internal.server;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * The few answers this layer gives on its own, before a request reaches the request handler. They use the AWS
 * JSON error shape so SDK clients report a readable error instead of failing to parse the body.
 */
final class ErrorResponses {

    private static final String AWS_JSON = "application/x-amz-json-1.1";

    private ErrorResponses() {
    }

    static FullHttpResponse tooLarge() {
        return closing(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "Request body too large");
    }

    /**
     * The answer to an oversized request: to one signed for S3 (a PutObject or UploadPart), S3's
     * {@code EntityTooLarge} document; to any other, the JSON error.
     */
    static FullHttpResponse tooLarge(HttpMessage request, int maxBytes) {
        String authorization = request == null ? null : request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || !authorization.contains("/s3/aws4_request")) {
            return tooLarge();
        }
        long proposed = HttpUtil.getContentLength(request, -1L);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>EntityTooLarge</Code><Message>Your "
                + "proposed upload exceeds the maximum allowed size</Message>"
                + (proposed >= 0 ? "<ProposedSize>" + proposed + "</ProposedSize>" : "")
                + "<MaxSizeAllowed>" + maxBytes + "</MaxSizeAllowed></Error>";
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/xml")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }

    static FullHttpResponse malformed() {
        return closing(HttpResponseStatus.BAD_REQUEST, "Malformed HTTP request");
    }

    /** Both answers end the connection: after them the request framing on the wire can no longer be trusted. */
    private static FullHttpResponse closing(HttpResponseStatus status, String message) {
        byte[] body = ("{\"__type\":\"SerializationException\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, AWS_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
