package io.kinesisharness.internal.http;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The request ids AWS puts on every response; clients only log them, but some log nothing useful without. */
final class ResponseIds {

    private ResponseIds() {
    }

    static void stamp(HttpHeaders headers) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        headers.set("x-amzn-RequestId", requestId());
        // AWS sends 64-80 random bytes, base64-encoded.
        byte[] id2 = new byte[72];
        r.nextBytes(id2);
        headers.set("x-amz-id-2", Base64.getEncoder().encodeToString(id2));
    }

    /** A request id as AWS's JSON services give them: a random UUID. */
    static String requestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }
}
