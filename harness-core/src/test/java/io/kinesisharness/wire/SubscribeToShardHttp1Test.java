package io.kinesisharness.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.eventstream.Message;

/**
 * SubscribeToShard from a plain HTTP/1.1 client, as botocore and the AWS CLI call it: the event stream comes
 * chunked, and a request in CBOR gets its events in CBOR.
 */
@Timeout(30)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscribeToShardHttp1Test {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private KinesisHarness harness;
    private RawKinesis raw;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).stream("s", 1).start();
        raw = new RawKinesis(harness.endpoint());
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void a_json_subscription_streams_chunked_events_in_json() throws Exception {
        String consumer = register("json-app");
        try (InputStream body = subscribe(RawKinesis.JSON, RawKinesis.JSON_MAPPER, consumer)) {
            Message initial = read(body);
            assertThat(initial.getHeaders().get(":event-type").getString()).isEqualTo("initial-response");
            assertThat(new String(initial.getPayload(), StandardCharsets.UTF_8)).isEqualTo("{}");

            put("json");

            Message event = read(body);
            assertThat(event.getHeaders().get(":event-type").getString()).isEqualTo("SubscribeToShardEvent");
            assertThat(event.getHeaders().get(":content-type").getString()).isEqualTo(RawKinesis.JSON);
            JsonNode record = RawKinesis.JSON_MAPPER.readTree(event.getPayload()).get("Records").get(0);
            assertThat(record.get("Data").asText()).isEqualTo("anNvbg==");
            assertThat(record.get("ApproximateArrivalTimestamp").isNumber()).isTrue();
            assertThat(record.get("ApproximateArrivalTimestamp").asLong()).isEqualTo(START.getEpochSecond());
        }
    }

    @Test
    void a_cbor_subscription_gets_its_events_in_cbor() throws Exception {
        String consumer = register("cbor-app");
        try (InputStream body = subscribe(RawKinesis.CBOR, RawKinesis.CBOR_MAPPER, consumer)) {
            Message initial = read(body);
            assertThat(initial.getHeaders().get(":content-type").getString()).isEqualTo(RawKinesis.CBOR);
            assertThat(RawKinesis.CBOR_MAPPER.readTree(initial.getPayload()).isEmpty()).isTrue();

            put("cbor");

            Message event = read(body);
            assertThat(event.getHeaders().get(":content-type").getString()).isEqualTo(RawKinesis.CBOR);
            JsonNode record = RawKinesis.CBOR_MAPPER.readTree(event.getPayload()).get("Records").get(0);
            assertThat(record.get("Data").binaryValue()).isEqualTo("cbor".getBytes(StandardCharsets.UTF_8));
            assertThat(record.get("ApproximateArrivalTimestamp").asLong()).isEqualTo(START.toEpochMilli());
        }
    }

    private String register(String name) throws IOException {
        RawKinesis.Reply reply = raw.call("RegisterStreamConsumer")
                .json("{\"StreamARN\":\"arn:aws:kinesis:us-east-1:000000000000:stream/s\",\"ConsumerName\":\""
                        + name + "\"}").send();
        assertThat(reply.status()).isEqualTo(200);
        return RawKinesis.JSON_MAPPER.readTree(reply.body()).get("Consumer").get("ConsumerARN").asText();
    }

    private void put(String data) {
        String base64 = java.util.Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8));
        RawKinesis.Reply reply = raw.call("PutRecord")
                .json("{\"StreamName\":\"s\",\"PartitionKey\":\"k\",\"Data\":\"" + base64 + "\"}").send();
        assertThat(reply.status()).isEqualTo(200);
    }

    private InputStream subscribe(String contentType, ObjectMapper mapper, String consumer) throws Exception {
        byte[] request = mapper.writeValueAsBytes(Map.of("ConsumerARN", consumer, "ShardId", "shardId-000000000000",
                "StartingPosition", Map.of("Type", "LATEST")));
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(harness.endpoint())
                .header("Content-Type", contentType)
                .header("X-Amz-Target", "Kinesis_20131202.SubscribeToShard")
                .header("Authorization", RawKinesis.AUTHORIZATION)
                .header("X-Amz-Date", "20260101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.amazon.eventstream");
        assertThat(r.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        return r.body();
    }

    /** One event-stream message: its prelude says how many bytes it has. */
    private static Message read(InputStream in) throws IOException {
        byte[] prelude = in.readNBytes(4);
        int total = ByteBuffer.wrap(prelude).getInt();
        byte[] message = new byte[total];
        System.arraycopy(prelude, 0, message, 0, 4);
        int n = in.readNBytes(message, 4, total - 4);
        assertThat(n).isEqualTo(total - 4);
        return Message.decode(ByteBuffer.wrap(message));
    }
}
