package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** An S3 answer being built: status, headers and body; {@link S3Api} adds the request ids and sends it. */
final class S3Reply {

    static final String XML = "application/xml";
    private static final byte[] EMPTY = new byte[0];

    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body = EMPTY;
    String contentType;

    private S3Reply(int status) {
        this.status = status;
    }

    static S3Reply status(int status) {
        return new S3Reply(status);
    }

    static S3Reply ok() {
        return new S3Reply(200);
    }

    static S3Reply noContent() {
        return new S3Reply(204);
    }

    /** 200 with an XML document. */
    static S3Reply xml(XmlWriter document) {
        return ok().body(document.toBytes(), XML);
    }

    S3Reply body(byte[] bytes, String type) {
        this.body = bytes;
        this.contentType = type;
        return this;
    }

    /** Sets a header; a null value sets nothing. */
    S3Reply header(String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
        return this;
    }
}
