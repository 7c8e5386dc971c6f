package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.RawSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** S3's answers on the wire, status line, headers and XML bodies exactly, for requests written by hand. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3RawHttpTest {

    private static final String AUTH = "Authorization: AWS4-HMAC-SHA256 Credential=000000000000/20260101/us-east-1/"
            + "s3/aws4_request, SignedHeaders=host, Signature=0\r\nx-amz-date: 20260101T000000Z\r\n";
    private static final String XML_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private KinesisHarness harness;

    @BeforeAll
    void start() {
        harness = KinesisHarness.builder().bucket("raw").start();
        send("PUT /raw/hello.txt HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Type: text/plain\r\nContent-Length: 10\r\n"
                + "Connection: close\r\n\r\n0123456789");
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void a_missing_bucket_is_answered_with_s3s_error_document_and_matching_request_id() {
        String r = send("GET /nowhere/key HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(header(r, "content-type")).isEqualTo("application/xml");
        String id = header(r, "x-amz-request-id");
        assertThat(id).matches("[0-9A-Z]{16}");
        assertThat(header(r, "x-amz-id-2")).isNotBlank();
        assertThat(body(r)).startsWith(XML_START + "<Error><Code>NoSuchBucket</Code><Message>The specified bucket "
                + "does not exist</Message><BucketName>nowhere</BucketName><RequestId>" + id + "</RequestId><HostId>")
                .endsWith("</HostId></Error>");
    }

    @Test
    void head_of_a_missing_key_is_a_bare_404_and_head_of_an_object_has_its_length_and_no_body() {
        String missing = send("HEAD /raw/none HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n");
        assertThat(statusLine(missing)).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(body(missing)).isEmpty();

        String found = send("HEAD /raw/hello.txt HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n");
        assertThat(statusLine(found)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(header(found, "content-length")).isEqualTo("10");
        assertThat(header(found, "content-type")).isEqualTo("text/plain");
        assertThat(header(found, "etag")).isEqualTo("\"781e5e245d69b566979b86e28d23f2c7\"");
        assertThat(header(found, "accept-ranges")).isEqualTo("bytes");
        assertThat(body(found)).isEmpty();
    }

    @Test
    void an_object_stored_without_a_content_type_is_binary_octet_stream() {
        send("PUT /raw/untyped HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 1\r\nConnection: close\r\n\r\nx");

        String r = send("GET /raw/untyped HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n");
        assertThat(header(r, "content-type")).isEqualTo("binary/octet-stream");
    }

    @Test
    void an_invalid_bucket_name_is_invalid_bucket_name() {
        String r = send("PUT /Bad_Name HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(r)).contains("<Code>InvalidBucketName</Code><Message>The specified bucket is not valid."
                + "</Message><BucketName>Bad_Name</BucketName>");
    }

    @Test
    void a_feature_the_harness_does_not_serve_is_not_implemented_never_a_silent_success() {
        String versioning = send("GET /raw?versioning HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n");
        assertThat(statusLine(versioning)).isEqualTo("HTTP/1.1 501 Not Implemented");
        assertThat(body(versioning)).contains("<Code>NotImplemented</Code><Message>A header you provided implies "
                + "functionality that is not implemented</Message>");

        String tagged = send("PUT /raw/tagged HTTP/1.1\r\nHost: x\r\n" + AUTH + "x-amz-tagging: a=b\r\n"
                + "Content-Length: 1\r\nConnection: close\r\n\r\nx");
        assertThat(statusLine(tagged)).isEqualTo("HTTP/1.1 501 Not Implemented");
        assertThat(body(tagged)).contains("<Header>x-amz-tagging</Header>");
        assertThat(statusLine(send("HEAD /raw/tagged HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n")))
                .isEqualTo("HTTP/1.1 404 Not Found");
    }

    @Test
    void an_unsatisfiable_range_names_the_range_and_the_size() {
        String r = send("GET /raw/hello.txt HTTP/1.1\r\nHost: x\r\n" + AUTH + "Range: bytes=-0\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 416 Requested Range Not Satisfiable");
        assertThat(body(r)).contains("<Code>InvalidRange</Code><Message>The requested range is not satisfiable"
                + "</Message><RangeRequested>bytes=-0</RangeRequested><ActualObjectSize>10</ActualObjectSize>");
    }

    @Test
    void several_ranges_or_a_malformed_one_answer_the_whole_object() {
        for (String range : new String[] {"bytes=0-1,3-4", "bytes=5-2", "0-1"}) {
            String r = send("GET /raw/hello.txt HTTP/1.1\r\nHost: x\r\n" + AUTH + "Range: " + range + "\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(statusLine(r)).as(range).isEqualTo("HTTP/1.1 200 OK");
            assertThat(body(r)).isEqualTo("0123456789");
        }
    }

    @Test
    void an_unsigned_request_naming_an_object_reads_it() {
        String r = send("GET /raw/hello.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(body(r)).isEqualTo("0123456789");
    }

    @Test
    void a_virtual_hosted_request_takes_the_bucket_from_the_host() {
        String r = send("GET /hello.txt HTTP/1.1\r\nHost: raw.localhost:" + harness.port() + "\r\n" + AUTH
                + "Connection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(body(r)).isEqualTo("0123456789");
    }

    @Test
    void an_unsigned_trailer_with_a_wrong_crc32_is_bad_digest_and_a_right_one_is_stored() {
        String wrong = chunkedPut("wrong", "x-amz-checksum-crc32:AAAAAA==");
        assertThat(statusLine(wrong)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(wrong)).contains("<Code>BadDigest</Code><Message>The CRC32 you specified did not match the "
                + "calculated checksum.</Message>");

        String right = chunkedPut("right", "x-amz-checksum-crc32:NhCmhg==");
        assertThat(statusLine(right)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(header(right, "x-amz-checksum-crc32")).isEqualTo("NhCmhg==");
        String got = send("GET /raw/right HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n");
        assertThat(body(got)).isEqualTo("hello");
        assertThat(header(got, "content-encoding")).isNull();
    }

    @Test
    void a_malformed_delete_document_is_malformed_xml() {
        String r = send("POST /raw?delete HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 9\r\n"
                + "Connection: close\r\n\r\n<Delete><");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(r)).contains("<Code>MalformedXML</Code><Message>The XML you provided was not well-formed or "
                + "did not validate against our published schema</Message>");
    }

    @Test
    void user_metadata_over_2_kb_is_metadata_too_large() {
        String r = send("PUT /raw/meta HTTP/1.1\r\nHost: x\r\n" + AUTH + "x-amz-meta-big: " + "v".repeat(2100)
                + "\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(r)).contains("<Code>MetadataTooLarge</Code>");
    }

    @Test
    void expect_100_continue_is_answered_with_the_reason_phrase_before_the_body_is_sent() throws IOException {
        try (Socket s = new Socket("127.0.0.1", harness.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("PUT /raw/continued HTTP/1.1\r\nHost: x\r\n" + AUTH + "Expect: 100-continue\r\n"
                    + "Content-Length: 4\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // botocore before 1.40.19 recognises the interim answer only with its reason phrase.
            assertThat(readUntilBlankLine(in)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            out.write("body".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            in.transferTo(rest);
            assertThat(rest.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200 OK");
        }
        assertThat(body(send("GET /raw/continued HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n")))
                .isEqualTo("body");
    }

    @Test
    void a_body_over_the_harness_limit_is_entity_too_large_before_it_is_sent() {
        String r = send("PUT /raw/huge HTTP/1.1\r\nHost: x\r\n" + AUTH + "Expect: 100-continue\r\n"
                + "Content-Length: 100000000\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(r)).contains("<Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum "
                + "allowed size</Message><ProposedSize>100000000</ProposedSize><MaxSizeAllowed>67108864"
                + "</MaxSizeAllowed>");
    }

    private String chunkedPut(String key, String trailer) {
        String chunked = "5\r\nhello\r\n0\r\n" + trailer + "\r\n\r\n";
        return send("PUT /raw/" + key + " HTTP/1.1\r\nHost: x\r\n" + AUTH
                + "x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER\r\nContent-Encoding: aws-chunked\r\n"
                + "x-amz-decoded-content-length: 5\r\nx-amz-trailer: x-amz-checksum-crc32\r\n"
                + "Content-Length: " + chunked.length() + "\r\nConnection: close\r\n\r\n" + chunked);
    }

    private String send(String request) {
        return RawSocket.exchange(harness.port(), request);
    }

    private static String readUntilBlankLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (!sb.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    static String statusLine(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    static String header(String response, String name) {
        String head = response.substring(0, response.indexOf("\r\n\r\n"));
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
