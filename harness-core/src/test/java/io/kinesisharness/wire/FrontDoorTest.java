package io.kinesisharness.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.RawSocket;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Kinesis answers before any operation runs, byte for byte as AWS does (recorded against AWS by kinesalite's
 * connection tests): the method, the content type, an empty body, the order of body and authentication checks,
 * presigned requests, and CORS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorTest {

    private static final String AUTH = "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/kinesis/"
            + "aws4_request, SignedHeaders=host, Signature=x\r\nX-Amz-Date: 20260101T000000Z\r\n";
    private static final String ACCESS_DENIED = "<AccessDeniedException>\n  <Message>Unable to determine "
            + "service/operation name to be authorized</Message>\n</AccessDeniedException>\n";
    private static final String LIST_STREAMS = "X-Amz-Target: Kinesis_20131202.ListStreams\r\n";

    private KinesisHarness harness;

    @BeforeAll
    void start() {
        harness = KinesisHarness.builder().start();
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void a_method_other_than_post_is_access_denied_in_xml(String method) {
        String r = send(method + " / HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(body(r)).isEqualTo(ACCESS_DENIED);
        assertThat(header(r, "content-type")).isNull();
        assertThat(header(r, "content-length")).isEqualTo("130");
        assertThat(header(r, "x-amzn-requestid")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(Base64.getDecoder().decode(header(r, "x-amz-id-2"))).hasSizeBetween(64, 80);
    }

    @Test
    void a_body_with_no_content_type_and_no_target_is_access_denied_in_xml() {
        String r = send("POST / HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(body(r)).isEqualTo(ACCESS_DENIED);
    }

    @Test
    void a_body_with_no_content_type_for_a_named_operation_is_an_unknown_operation_in_cbor() {
        String r = send("POST / HTTP/1.1\r\nHost: x\r\n" + AUTH + LIST_STREAMS
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(header(r, "content-type")).isEqualTo("application/x-amz-cbor-1.1");
        assertThat(r).contains("UnknownOperationException");
    }

    @Test
    void an_empty_body_is_answered_in_json_only_for_exactly_json_1_1_and_in_cbor_otherwise() {
        String json = send("POST / HTTP/1.1\r\nHost: x\r\n" + AUTH + LIST_STREAMS
                + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        String json10 = send("POST / HTTP/1.1\r\nHost: x\r\n" + AUTH + LIST_STREAMS
                + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(json)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(json)).isEqualTo("{\"__type\":\"SerializationException\"}");
        assertThat(header(json10, "content-type")).isEqualTo("application/x-amz-cbor-1.1");
        assertThat(body(json10)).contains("SerializationException");
    }

    @Test
    void a_body_that_is_no_json_is_a_serialization_exception_even_without_a_signature() {
        String r = send("POST / HTTP/1.1\r\nHost: x\r\n" + LIST_STREAMS
                + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        String unsigned = send("POST / HTTP/1.1\r\nHost: x\r\n" + LIST_STREAMS
                + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(body(r)).isEqualTo("{\"__type\":\"SerializationException\"}");
        assertThat(body(unsigned)).isEqualTo("{\"__type\":\"MissingAuthenticationTokenException\","
                + "\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void a_presigned_request_names_each_missing_query_parameter() {
        String r = post("/?X-Amz-Algorithm", "");

        assertThat(body(r)).isEqualTo("{\"__type\":\"IncompleteSignatureException\",\"message\":\"AWS query-string "
                + "parameters must include 'X-Amz-Algorithm'. AWS query-string parameters must include "
                + "'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string "
                + "parameters must include 'X-Amz-SignedHeaders'. AWS query-string parameters must include "
                + "'X-Amz-Date'. Re-examine the query-string parameters.\"}");
        String one = post("/?X-Amz-Algorithm=a&X-Amz-Credential=b&X-Amz-Signature=c&X-Amz-Date=d", "");
        assertThat(body(one)).isEqualTo("{\"__type\":\"IncompleteSignatureException\",\"message\":\"AWS query-string "
                + "parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.\"}");
    }

    @Test
    void a_request_signed_in_both_the_header_and_the_query_is_an_invalid_signature() {
        String r = post("/?X-Amz-Algorithm=AWS4-HMAC-SHA256", AUTH);

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(r)).isEqualTo("{\"__type\":\"InvalidSignatureException\",\"message\":\"Found both "
                + "'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.\"}");
    }

    @Test
    void a_well_formed_presigned_request_is_answered_in_the_account_of_its_credential() {
        harness.createStream("presigned", 1);
        String r = post("/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=000000000000%2F20260101%2Fus-east-1"
                + "%2Fkinesis%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=ab",
                "");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(body(r)).contains("\"presigned\"");
        String noAlgorithm = post("/?X-Amz-Credential=a&X-Amz-Signature=b&X-Amz-SignedHeaders=c&X-Amz-Date=d", "");
        assertThat(body(noAlgorithm)).contains("MissingAuthenticationTokenException");
    }

    @Test
    void a_cors_preflight_allows_any_origin_and_echoes_what_it_asks_for() {
        String r = send("OPTIONS / HTTP/1.1\r\nHost: x\r\nOrigin: http://example.test\r\n"
                + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: a, b, c\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(header(r, "access-control-allow-origin")).isEqualTo("*");
        assertThat(header(r, "access-control-allow-headers")).isEqualTo("a, b, c");
        assertThat(header(r, "access-control-allow-methods")).isEqualTo("POST");
        assertThat(header(r, "access-control-max-age")).isEqualTo("172800");
        assertThat(header(r, "content-length")).isEqualTo("0");
        assertThat(header(r, "x-amzn-requestid")).isNotNull();
        assertThat(header(r, "x-amz-id-2")).isNull();
        assertThat(header(r, "content-type")).isNull();
        assertThat(body(r)).isEmpty();
    }

    @Test
    void answers_to_a_request_with_an_origin_allow_it_and_expose_the_request_ids() {
        String r = send("POST / HTTP/1.1\r\nHost: x\r\n" + AUTH + LIST_STREAMS + "Origin: http://example.test\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(header(r, "access-control-allow-origin")).isEqualTo("*");
        assertThat(header(r, "access-control-expose-headers"))
                .isEqualTo("x-amzn-RequestId,x-amzn-ErrorType,x-amz-request-id,x-amz-id-2,x-amzn-ErrorMessage,Date");
        String options = send("OPTIONS / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statusLine(options)).as("OPTIONS without an Origin is no preflight").isEqualTo(
                "HTTP/1.1 403 Forbidden");
    }

    private String post(String path, String auth) {
        return send("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + LIST_STREAMS
                + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    }

    private String send(String request) {
        return RawSocket.exchange(harness.port(), request);
    }

    private static String statusLine(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    private static String header(String response, String name) {
        for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
