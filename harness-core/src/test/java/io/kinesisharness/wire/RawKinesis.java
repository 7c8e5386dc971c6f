package io.kinesisharness.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built Kinesis requests over plain HTTP/1.1, to send what no SDK would and to see exactly what comes back.
 * Requests carry an unsigned but well-formed SigV4 Authorization header unless a test says otherwise.
 */
final class RawKinesis {

    static final String JSON = "application/x-amz-json-1.1";
    static final String CBOR = "application/x-amz-cbor-1.1";
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/kinesis/aws4_request, "
            + "SignedHeaders=host, Signature=x";
    static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    static final ObjectMapper CBOR_MAPPER = new CBORMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    RawKinesis(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** A request to build: target, content type, body and headers, all changeable. */
    final class Call {
        private String target;
        private String contentType;
        private byte[] body = new byte[0];
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String operation) {
            target = operation == null ? null : "Kinesis_20131202." + operation;
            headers.put("Authorization", AUTHORIZATION);
            headers.put("X-Amz-Date", "20260101T000000Z");
        }

        Call target(String rawTarget) {
            target = rawTarget;
            return this;
        }

        Call json(String json) {
            contentType = JSON;
            body = json.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Call cbor(Object value) {
            contentType = CBOR;
            try {
                body = CBOR_MAPPER.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Call body(String type, byte[] raw) {
            contentType = type;
            body = raw;
            return this;
        }

        Call header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Reply send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve("/"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (target != null) {
                b.header("X-Amz-Target", target);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            headers.forEach(b::header);
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(r.statusCode(), r.headers().firstValue("Content-Type"), r.body(), r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Call call(String operation) {
        return new Call(operation);
    }

    /** What came back. */
    record Reply(int status, Optional<String> contentType, byte[] body, HttpResponse<byte[]> raw) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON_MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode cbor() {
            try {
                return CBOR_MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The CBOR body with every tag kept: tagged values come back as {@link Tagged}. */
        Object cborWithTags() {
            try (CBORParser p = new CBORFactory().createParser(body)) {
                p.nextToken();
                return CborTree.read(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A CBOR data item that carried a tag. */
    record Tagged(int tag, Object value) {
    }

    /** Reads CBOR into maps, lists and scalars, keeping tags and byte strings as they were sent. */
    static final class CborTree {
        /** Marks an explicit CBOR null, which AWS never sends. */
        static final Object NULL = new Object() {
            @Override
            public String toString() {
                return "<null>";
            }
        };

        private CborTree() {
        }

        static Object read(CBORParser p) throws IOException {
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, read(p));
                    }
                    return map;
                }
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                        list.add(read(p));
                    }
                    return list;
                }
                default -> {
                    int tag = p.getCurrentTag();
                    Object v = switch (p.currentToken()) {
                        case VALUE_STRING -> p.getText();
                        case VALUE_NUMBER_INT -> p.getNumberValue();
                        case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                        case VALUE_EMBEDDED_OBJECT -> p.getEmbeddedObject();
                        case VALUE_TRUE -> Boolean.TRUE;
                        case VALUE_FALSE -> Boolean.FALSE;
                        case VALUE_NULL -> NULL;
                        default -> throw new IllegalStateException("Unexpected " + p.currentToken());
                    };
                    return tag >= 0 ? new Tagged(tag, v) : v;
                }
            }
        }
    }
}
