package io.kinesisharness.wire;

import static io.kinesisharness.wire.RawKinesis.CBOR;
import static io.kinesisharness.wire.RawKinesis.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.RawSocket;
import io.kinesisharness.wire.RawKinesis.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no SDK would send, answered as AWS answers them: the error code, status, body shape and exact text.
 * After each one the server must still serve an ordinary request on a fresh connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String SERIALIZATION = "{\"__type\":\"SerializationException\"}";
    private static final String UNKNOWN_OPERATION = "{\"__type\":\"UnknownOperationException\"}";

    private KinesisHarness harness;
    private RawKinesis raw;

    @BeforeAll
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .start();
        raw = new RawKinesis(harness.endpoint());
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @BeforeEach
    void reset() {
        harness.reset();
        harness.createStream("s", 2);
    }

    @AfterEach
    void the_server_still_serves_an_ordinary_request() {
        Reply r = raw.call("DescribeStreamSummary").json("{\"StreamName\":\"s\"}").send();
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().at("/StreamDescriptionSummary/OpenShardCount").asInt()).isEqualTo(2);
    }

    // ---- body encoding ----

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"StreamName\":", "not json", "{\"StreamName\":\"s\"}}", "[]", "123", "null",
            "\"s\"", "true"})
    void a_json_body_that_is_no_json_object_is_a_serialization_exception_without_message(String body) {
        Reply r = raw.call("DescribeStream").json(body).send();

        assertJsonError(r, 400, SERIALIZATION);
    }

    @Test
    void a_cbor_body_that_is_no_cbor_object_is_a_serialization_exception_in_cbor() {
        for (byte[] body : List.of(new byte[] {(byte) 0xbf, 0x61}, new byte[] {(byte) 0xff, 0x00, 0x13},
                new byte[] {(byte) 0x9f, (byte) 0xff}, "{\"StreamName\":\"s\"}".getBytes(StandardCharsets.UTF_8))) {
            Reply r = raw.call("DescribeStream").body(CBOR, body).send();

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).hasValue(CBOR);
            assertThat(r.raw().headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
            assertThat(r.cborWithTags()).isEqualTo(Map.of("__type", "SerializationException"));
        }
    }

    @Test
    void an_empty_body_is_a_serialization_exception_for_a_known_operation_and_unknown_otherwise() {
        assertJsonError(raw.call("ListStreams").body(JSON, new byte[0]).send(), 400, SERIALIZATION);
        assertJsonError(raw.call("ListStreamz").body(JSON, new byte[0]).send(), 400, UNKNOWN_OPERATION);
        // With no content type to follow AWS answers in CBOR.
        Reply untyped = raw.call("ListStreams").body(null, new byte[0]).send();
        assertThat(untyped.status()).isEqualTo(400);
        assertThat(untyped.contentType()).hasValue(CBOR);
        assertThat(untyped.cborWithTags()).isEqualTo(Map.of("__type", "SerializationException"));
    }

    // ---- null inside lists and maps ----

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AddTagsToStream          | {"StreamName":"s","Tags":{"team":null}}               | tags.team.member
            CreateStream             | {"StreamName":"t","ShardCount":1,"Tags":{"a":null}}   | tags.a.member
            EnableEnhancedMonitoring | {"StreamName":"s","ShardLevelMetrics":[null]}         | shardLevelMetrics.1.member
            RemoveTagsFromStream     | {"StreamName":"s","TagKeys":["a",null]}               | tagKeys.2.member
            """)
    void a_null_element_or_map_value_is_a_missing_member(String operation, String body, String path) {
        assertJsonError(raw.call(operation).json(body).send(), 400, "{\"__type\":\"ValidationException\","
                + "\"message\":\"1 validation error detected: Value null at '" + path + "' failed to satisfy "
                + "constraint: Member must not be null\"}");
    }

    @Test
    void other_services_name_a_null_member_at_its_path_too() throws Exception {
        assertThat(post("DynamoDB_20120810.TransactWriteItems", "application/x-amz-json-1.0", "dynamodb",
                "{\"TransactItems\":[null]}")).contains("ValidationException").contains("Value null at "
                + "'transactItems.1.member' failed to satisfy constraint: Member must not be null");
        assertThat(post("DynamoDB_20120810.BatchGetItem", "application/x-amz-json-1.0", "dynamodb",
                "{\"RequestItems\":{\"orders\":null}}")).contains("Value null at 'requestItems.orders.member'");
        assertThat(post("DynamoDB_20120810.Query", "application/x-amz-json-1.0", "dynamodb",
                "{\"TableName\":\"orders\",\"KeyConditions\":{\"id\":null}}"))
                .contains("Value null at 'keyConditions.id.member'");
        // Firehose leaves the value out of its messages.
        assertThat(post("Firehose_20150804.PutRecordBatch", "application/x-amz-json-1.1", "firehose",
                "{\"DeliveryStreamName\":\"d\",\"Records\":[{\"Data\":\"YQ==\"},null]}"))
                .isEqualTo("{\"__type\":\"ValidationException\",\"message\":\"1 validation error detected: Value at "
                        + "'records.2.member' failed to satisfy constraint: Member must not be null\"}");
    }

    private String post(String target, String contentType, String signingName, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(harness.endpoint())
                .header("Content-Type", contentType).header("X-Amz-Target", target)
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=000000000000/20260101/us-east-1/" + signingName
                        + "/aws4_request, SignedHeaders=host, Signature=0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    // ---- member types ----

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DescribeStream | {"StreamName":"s","Limit":"5"}      | class java.lang.String can not be converted to an Integer
            DescribeStream | {"StreamName":"s","Limit":true}     | class java.lang.Boolean can not be converted to an Integer
            DescribeStream | {"StreamName":5}                    | class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String
            DescribeStream | {"StreamName":true}                 | class java.lang.Boolean can not be converted to an String
            DescribeStream | {"StreamName":["s"]}                | Start of list found where not expected
            DescribeStream | {"StreamName":{"a":1}}              | Start of structure or map found where not expected.
            PutRecord      | {"StreamName":"s","PartitionKey":"k","Data":{}}      | Start of structure or map found where not expected.
            PutRecord      | {"StreamName":"s","PartitionKey":"k","Data":5}       | class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to a Blob
            PutRecord      | {"StreamName":"s","PartitionKey":"k","Data":true}    | class java.lang.Boolean can not be converted to a Blob
            PutRecord      | {"StreamName":"s","PartitionKey":"k","Data":"23456"} | '23456' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 5
            PutRecord      | {"StreamName":"s","PartitionKey":"k","Data":"=+/="}  | '=+/=' can not be converted to a Blob: Invalid Base64 character: '='
            PutRecord      | {"StreamName":"s","PartitionKey":"k","Data":"+/+="}  | '+/+=' can not be converted to a Blob: Invalid last non-pad Base64 character dectected
            PutRecords     | {"StreamName":"s","Records":{}}     | Start of structure or map found where not expected.
            PutRecords     | {"StreamName":"s","Records":"x"}    | Expected list or null
            GetShardIterator | {"StreamName":"s","ShardId":"shardId-0","ShardIteratorType":"AT_TIMESTAMP","Timestamp":"today"} | class java.lang.String can not be converted to milliseconds since epoch
            ListShards     | {"StreamName":"s","ShardFilter":"AT_LATEST"} | Expected null
            ListShards     | {"StreamName":"s","ShardFilter":[]} | Start of list found where not expected
            DeleteStream   | {"StreamName":"s","EnforceConsumerDeletion":"yes"} | 'YES' can not be converted to an Boolean
            CreateStream   | {"StreamName":"t","Tags":"x"}       | Expected map or null
            """)
    void a_member_of_the_wrong_type_is_a_serialization_exception_in_awss_words(String operation, String body,
            String message) {
        Reply r = raw.call(operation).json(body).send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).hasValue(JSON);
        // Coral's serialization layer capitalises this one key.
        assertThat(r.text()).isEqualTo("{\"__type\":\"SerializationException\",\"Message\":" + quoted(message) + "}");
    }

    @Test
    void a_member_of_the_wrong_type_in_cbor_gets_the_same_words_in_cbor() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("StreamName", "s");
        body.put("Limit", "5");

        Reply r = raw.call("DescribeStream").cbor(body).send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).hasValue(CBOR);
        assertThat(r.cborWithTags()).isEqualTo(Map.of("__type", "SerializationException",
                "Message", "class java.lang.String can not be converted to an Integer"));
    }

    @Test
    void type_errors_are_reported_before_shape_errors() {
        Reply r = raw.call("DescribeStream").json("{\"StreamName\":\"\",\"Limit\":\"x\"}").send();

        assertJsonError(r, 400, "{\"__type\":\"SerializationException\",\"Message\":\"class java.lang.String can not "
                + "be converted to an Integer\"}");
    }

    @Test
    void unknown_members_are_ignored_and_nulls_count_as_absent() {
        Reply r = raw.call("DescribeStream").json("{\"StreamName\":\"s\",\"Limit\":null,\"Bogus\":[1,{}]}").send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/StreamDescription/Shards")).hasSize(2);
    }

    @Test
    void fractional_integers_are_floored_as_aws_does() {
        assertThat(raw.call("DescribeStream").json("{\"StreamName\":\"s\",\"Limit\":1.9}").send().json()
                .at("/StreamDescription/Shards")).hasSize(1);
        assertJsonError(raw.call("DescribeStream").json("{\"StreamName\":\"s\",\"Limit\":0.5}").send(), 400,
                "{\"__type\":\"ValidationException\",\"message\":\"1 validation error detected: Value '0' at 'limit' "
                        + "failed to satisfy constraint: Member must have value greater than or equal to 1\"}");
    }

    // ---- shape validation, byte for byte ----

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            GetRecords ~ {} ~ 1 validation error detected: Value null at 'shardIterator' failed to satisfy constraint: Member must not be null
            GetShardIterator ~ {} ~ 2 validation errors detected: Value null at 'shardId' failed to satisfy constraint: Member must not be null; Value null at 'shardIteratorType' failed to satisfy constraint: Member must not be null
            CreateStream ~ {} ~ 1 validation error detected: Value null at 'streamName' failed to satisfy constraint: Member must not be null
            CreateStream ~ {"StreamName":"","ShardCount":0} ~ 3 validation errors detected: Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1
            PutRecord ~ {"StreamName":"s"} ~ 2 validation errors detected: Value null at 'partitionKey' failed to satisfy constraint: Member must not be null; Value null at 'data' failed to satisfy constraint: Member must not be null
            PutRecord ~ {"StreamName":"s","PartitionKey":"k","Data":"","ExplicitHashKey":""} ~ 1 validation error detected: Value '' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})
            PutRecords ~ {"StreamName":"s","Records":[]} ~ 1 validation error detected: Value '[]' at 'records' failed to satisfy constraint: Member must have length greater than or equal to 1
            PutRecords ~ {"StreamName":"s","Records":[{"PartitionKey":"","Data":""}]} ~ 1 validation error detected: Value '' at 'records.1.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1
            ListStreams ~ {"Limit":0,"ExclusiveStartStreamName":""} ~ 3 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'exclusiveStartStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'exclusiveStartStreamName' failed to satisfy constraint: Member must have length greater than or equal to 1
            IncreaseStreamRetentionPeriod ~ {"StreamName":"s"} ~ 1 validation error detected: Value null at 'retentionPeriodHours' failed to satisfy constraint: Member must not be null
            """)
    void shape_errors_are_worded_byte_for_byte_as_aws_words_them(String operation, String body, String message) {
        Reply r = raw.call(operation).json(body).send();

        assertJsonError(r, 400, "{\"__type\":\"ValidationException\",\"message\":" + quoted(message) + "}");
        assertThat(r.raw().headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
    }

    @Test
    void a_null_put_records_entry_fails_validation_instead_of_the_server() {
        for (String records : List.of("[null]", "[{\"PartitionKey\":\"k\",\"Data\":\"AA==\"},null]")) {
            Reply r = raw.call("PutRecords").json("{\"StreamName\":\"s\",\"Records\":" + records + "}").send();

            assertThat(r.status()).as(r.text()).isEqualTo(400);
            assertThat(r.json().get("__type").asText()).isEqualTo("ValidationException");
            // Coral's form for a null list member; AWS's exact text for this case is not on record.
            assertThat(r.json().get("message").asText()).contains("Value null at 'records.")
                    .endsWith(".member' failed to satisfy constraint: Member must not be null");
        }
    }

    @Test
    void a_timestamp_given_in_milliseconds_where_seconds_belong_is_far_in_the_future() {
        // The message AWS gave a client that sent milliseconds as seconds (aws/aws-sdk-java#2588).
        Reply r = raw.call("GetShardIterator").json("{\"StreamName\":\"s\",\"ShardId\":\"shardId-0\","
                + "\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":1622282661795}").send();

        assertJsonError(r, 400, "{\"__type\":\"InvalidArgumentException\",\"message\":\"The timestampInMillis "
                + "parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: 1622282661795000, "
                + "currentTimestampInMillis: " + harness.clock().now().toEpochMilli() + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e300", "10000000000000000", "100000000000000000000000"})
    void an_absurdly_late_timestamp_is_in_the_future_not_a_server_error(String timestamp) {
        Reply r = raw.call("GetShardIterator").json("{\"StreamName\":\"s\",\"ShardId\":\"shardId-0\","
                + "\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":" + timestamp + "}").send();

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().get("__type").asText()).isEqualTo("InvalidArgumentException");
        assertThat(r.json().get("message").asText()).startsWith("The timestampInMillis parameter cannot be greater "
                + "than the currentTimestampInMillis. timestampInMillis: ");
    }

    @Test
    void empty_data_is_valid() {
        Reply r = raw.call("PutRecord").json("{\"StreamName\":\"s\",\"PartitionKey\":\"k\",\"Data\":\"\"}").send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("ShardId").asText()).startsWith("shardId-");
    }

    // ---- operation and content type ----

    @ParameterizedTest
    @ValueSource(strings = {"Kinesis_20131202.ListStream", "Kinesis_20131202.", "Whatever", "Whatever.ListStreams",
            "Firehose_20150804.ListStreams", "kinesis_20131202.ListStreams"})
    void an_unknown_operation_is_an_unknown_operation_exception(String target) {
        Reply r = raw.call(null).target(target).json("{}").send();

        assertJsonError(r, 400, UNKNOWN_OPERATION);
    }

    @Test
    void a_request_without_a_target_is_an_unknown_operation_exception() {
        assertJsonError(raw.call(null).json("{}").send(), 400, UNKNOWN_OPERATION);
    }

    @Test
    void an_unknown_operation_in_cbor_is_answered_in_cbor() {
        Reply r = raw.call("ListStreamz").cbor(Map.of()).send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).hasValue(CBOR);
        assertThat(r.cborWithTags()).isEqualTo(Map.of("__type", "UnknownOperationException"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/cbor", "application/octet-stream",
            "application/x-amz-json-1.0", "application/x-amz-json-1.1asdf"})
    void a_content_type_kinesis_does_not_speak_is_an_unknown_operation_answered_in_cbor(String contentType) {
        Reply r = raw.call("ListStreams").body(contentType, "{}".getBytes(StandardCharsets.UTF_8)).send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).hasValue(CBOR);
        assertThat(r.cborWithTags()).isEqualTo(Map.of("__type", "UnknownOperationException"));
    }

    @Test
    void plain_application_json_never_reaches_the_operation() {
        Reply object = raw.call("ListStreams").body("application/json", "{}".getBytes(StandardCharsets.UTF_8)).send();
        Reply broken = raw.call("ListStreams").body("application/json", "{".getBytes(StandardCharsets.UTF_8)).send();

        assertThat(object.status()).isEqualTo(404);
        assertThat(object.text()).isEqualTo("{\"Output\":{\"__type\":\"com.amazon.coral.service"
                + "#UnknownOperationException\"},\"Version\":\"1.0\"}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.text()).isEqualTo("{\"Output\":{\"__type\":\"com.amazon.coral.service"
                + "#SerializationException\"},\"Version\":\"1.0\"}");
    }

    @Test
    void a_content_type_with_parameters_is_accepted() {
        Reply r = raw.call("ListStreams").body(JSON + "; charset=utf-8", "{}".getBytes(StandardCharsets.UTF_8))
                .send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("StreamNames").get(0).asText()).isEqualTo("s");
    }

    // ---- authentication ----

    @Test
    void a_request_without_authorization_is_missing_its_authentication_token() {
        Reply r = raw.call("ListStreams").header("Authorization", null).json("{}").send();

        assertJsonError(r, 400, "{\"__type\":\"MissingAuthenticationTokenException\",\"message\":\"Missing "
                + "Authentication Token\"}");
    }

    @Test
    void authorization_without_a_date_header_is_an_incomplete_signature() {
        Reply r = raw.call("ListStreams").header("X-Amz-Date", null).json("{}").send();

        assertJsonError(r, 400, "{\"__type\":\"IncompleteSignatureException\",\"message\":\"Authorization header "
                + "requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization="
                + RawKinesis.AUTHORIZATION + "\"}");
    }

    @Test
    void an_incomplete_signature_lists_every_missing_part_in_one_message() {
        Reply noSignedHeaders = raw.call("ListStreams").header("Authorization", "AWS4- Signature=b Credential=a")
                .json("{}").send();
        Reply bare = raw.call("ListStreams").header("Authorization", "AWS4-HMAC-SHA256")
                .header("X-Amz-Date", null).json("{}").send();

        assertJsonError(noSignedHeaders, 400, "{\"__type\":\"IncompleteSignatureException\",\"message\":"
                + "\"Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4- Signature=b "
                + "Credential=a\"}");
        assertJsonError(bare, 400, "{\"__type\":\"IncompleteSignatureException\",\"message\":\"Authorization header "
                + "requires 'Credential' parameter. Authorization header requires 'Signature' parameter. "
                + "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence "
                + "of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256\"}");
    }

    @Test
    void a_date_header_serves_as_well_as_x_amz_date() {
        // java.net.http refuses to set Date itself, so this goes over a raw socket.
        String body = "{}";
        String request = "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: Kinesis_20131202.ListStreams\r\n"
                + "Content-Type: " + JSON + "\r\nAuthorization: " + RawKinesis.AUTHORIZATION + "\r\n"
                + "Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nContent-Length: " + body.length() + "\r\n"
                + "Connection: close\r\n\r\n" + body;
        String response = RawSocket.exchange(harness.port(), request);

        assertThat(response).startsWith("HTTP/1.1 200 ").contains("\"StreamNames\":[\"s\"]");
    }

    // ---- size ----

    @Test
    void a_body_beyond_the_request_size_limit_is_answered_413() {
        byte[] huge = new byte[70 * 1000 * 1000];
        java.util.Arrays.fill(huge, (byte) ' ');

        Reply r = raw.call("PutRecord").body(JSON, huge).send();

        assertThat(r.status()).isEqualTo(413);
    }

    // ---- successes without output ----

    @Test
    void operations_without_output_answer_200_with_an_empty_body_and_a_request_id() {
        Reply r = raw.call("CreateStream").json("{\"StreamName\":\"t\",\"ShardCount\":1}").send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.raw().headers().firstValue("Content-Length")).hasValue("0");
        assertThat(r.raw().headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(r.contentType()).hasValue(JSON);
    }

    private static void assertJsonError(Reply r, int status, String body) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).hasValue(JSON);
        assertThat(r.text()).isEqualTo(body);
    }

    private static String quoted(String text) {
        try {
            return RawKinesis.JSON_MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
