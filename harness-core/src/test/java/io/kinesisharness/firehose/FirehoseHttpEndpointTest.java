package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.FirehoseSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.HttpEndpointDestinationConfiguration;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The HTTP endpoint destination against a real local server: AWS's request (headers, body, GZIP), its answer rules,
 * retries timed on the harness clock, and failed records written as error documents.
 */
class FirehoseHttpEndpointTest {

    private static final Instant START = Instant.parse("2026-12-06T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KinesisHarness harness;
    private FirehoseClient firehose;
    private S3Client s3;
    private LocalEndpoint endpoint;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("failed").start();
        firehose = FirehoseClients.firehose(harness);
        s3 = FirehoseClients.s3(harness);
        endpoint = new LocalEndpoint();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        firehose.close();
        s3.close();
        harness.close();
    }

    private void create(String name, Consumer<HttpEndpointDestinationConfiguration.Builder> more) {
        firehose.createDeliveryStream(b -> b.deliveryStreamName(name).httpEndpointDestinationConfiguration(h -> {
            h.endpointConfiguration(e -> e.url(endpoint.url()).name("local").accessKey("key-123"))
                    .bufferingHints(x -> x.sizeInMBs(1).intervalInSeconds(60))
                    .s3Configuration(s -> s.bucketARN("arn:aws:s3:::failed").roleARN(FirehoseClients.ROLE));
            more.accept(h);
        }));
    }

    @Test
    void the_request_carries_firehoses_headers_and_body_and_a_200_echo_delivers_it() throws IOException {
        create("hook", h -> h.requestConfiguration(r -> r.commonAttributes(
                a -> a.attributeName("env").attributeValue("test"))));
        FirehoseClients.putAll(firehose, "hook", List.of("one", "two"));
        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(endpoint.received()).isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));

        LocalEndpoint.Received r = endpoint.received().get(0);
        JsonNode body = JSON.readTree(r.body());
        assertThat(r.header("X-Amz-Firehose-Protocol-Version")).isEqualTo("1.0");
        assertThat(r.header("X-Amz-Firehose-Request-Id")).isEqualTo(body.get("requestId").asText())
                .matches("[0-9a-f-]{36}");
        assertThat(r.header("X-Amz-Firehose-Source-Arn"))
                .isEqualTo("arn:aws:firehose:us-east-1:000000000000:deliverystream/hook");
        assertThat(r.header("X-Amz-Firehose-Access-Key")).isEqualTo("key-123");
        assertThat(JSON.readTree(r.header("X-Amz-Firehose-Common-Attributes")))
                .isEqualTo(JSON.readTree("{\"commonAttributes\":{\"env\":\"test\"}}"));
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Content-Encoding")).isNull();
        assertThat(body.get("timestamp").asLong()).isEqualTo(START.plusSeconds(60).toEpochMilli());
        assertThat(decoded(body)).containsExactly("one", "two");
        assertThat(harness.firehose().deliveries("hook")).singleElement().satisfies(d -> {
            assertThat(d.delivered()).isTrue();
            assertThat(d.destination()).isEqualTo(FirehoseDelivery.Destination.HTTP_ENDPOINT);
            assertThat(d.target()).isEqualTo(endpoint.url());
        });
    }

    @Test
    void gzip_content_encoding_compresses_the_body() throws IOException {
        create("zipped", h -> h.requestConfiguration(r -> r.contentEncoding("GZIP")));
        FirehoseClients.putAll(firehose, "zipped", List.of("compressed"));
        harness.clock().advance(Duration.ofMinutes(1));

        LocalEndpoint.Received r = endpoint.received().get(0);
        assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        assertThat(decoded(JSON.readTree(plain))).containsExactly("compressed");
    }

    @Test
    void failures_are_retried_with_backoff_on_the_harness_clock_keeping_the_request_id() {
        AtomicInteger calls = new AtomicInteger();
        endpoint.answer(r -> calls.incrementAndGet() <= 2 ? new LocalEndpoint.Answer(503, "{\"busy\":true}")
                : LocalEndpoint.success(r));
        create("flaky", h -> h.retryOptions(o -> o.durationInSeconds(60)));
        FirehoseClients.putAll(firehose, "flaky", List.of("eventually"));

        harness.clock().advance(Duration.ofSeconds(60));
        assertThat(endpoint.received()).hasSize(1);
        harness.clock().advance(Duration.ofMillis(849));
        assertThat(endpoint.received()).as("the first retry waits 1 s, less 15 % at most").hasSize(1);
        harness.clock().advance(Duration.ofSeconds(10));
        assertThat(endpoint.received()).hasSize(3);

        // Each attempt happened at its due time on the harness clock: the gaps are the jittered backoffs.
        List<FirehoseDelivery> attempts = harness.firehose().deliveries("flaky");
        long first = Duration.between(attempts.get(0).time(), attempts.get(1).time()).toMillis();
        long second = Duration.between(attempts.get(1).time(), attempts.get(2).time()).toMillis();
        assertThat(first).as("1 s ± 15 %").isBetween(850L, 1150L);
        assertThat(second).as("2 s ± 15 %").isBetween(1700L, 2300L);
        assertThat(endpoint.received()).extracting(r -> r.header("X-Amz-Firehose-Request-Id")).containsOnly(
                endpoint.received().get(0).header("X-Amz-Firehose-Request-Id"));
        List<FirehoseDelivery> log = harness.firehose().deliveries("flaky");
        assertThat(log).extracting(FirehoseDelivery::errorCode).containsExactly(
                "HttpEndpoint.DestinationException", "HttpEndpoint.DestinationException", null);
        assertThat(log.get(0).errorMessage()).isEqualTo(
                "The following response was received from the endpoint destination. 503: {\"busy\":true}");
        assertThat(log).extracting(FirehoseDelivery::attempts).containsExactly(1, 2, 3);
        assertThat(harness.firehose().deliveredRecords("flaky")).containsExactly("eventually");
    }

    @Test
    void after_the_retry_duration_the_records_go_to_s3_as_error_documents() throws IOException {
        endpoint.answer(r -> new LocalEndpoint.Answer(500, ""));
        create("down", h -> h.retryOptions(o -> o.durationInSeconds(10)));
        FirehoseClients.putAll(firehose, "down", List.of("r1", "r2"));

        harness.clock().advance(Duration.ofSeconds(60));
        harness.clock().advance(Duration.ofSeconds(30));

        int attempts = endpoint.received().size();
        assertThat(attempts).as("1 s, 2 s, 4 s backoffs fit in 10 s; 8 s more would not").isEqualTo(4);
        List<S3Object> objects = s3.listObjectsV2(b -> b.bucket("failed")).contents();
        assertThat(objects).singleElement().extracting(S3Object::key).asString()
                .startsWith("http-endpoint-failed/2026/12/06/12/down-1-2026-12-06-12-00-00-");
        String documents = s3.getObjectAsBytes(b -> b.bucket("failed").key(objects.get(0).key())).asUtf8String();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : documents.split("\n")) {
            docs.add(JSON.readTree(line));
        }
        assertThat(docs).hasSize(2);
        JsonNode first = docs.get(0);
        assertThat(first.get("attemptsMade").asInt()).isEqualTo(4);
        assertThat(first.get("arrivalTimestamp").asLong()).isEqualTo(START.toEpochMilli());
        assertThat(first.get("errorCode").asText()).isEqualTo("HttpEndpoint.DestinationException");
        assertThat(new String(Base64.getDecoder().decode(first.get("rawData").asText()), StandardCharsets.UTF_8))
                .isEqualTo("r1");
        assertThat(first.has("attemptEndingTimestamp")).isTrue();
        harness.clock().advance(Duration.ofMinutes(10));
        assertThat(endpoint.received()).as("given up for good").hasSize(attempts);
    }

    @Test
    void the_error_output_prefix_names_where_failed_records_go() {
        endpoint.answer(r -> new LocalEndpoint.Answer(500, ""));
        create("routed", h -> h.retryOptions(o -> o.durationInSeconds(0)).s3Configuration(s -> s
                .bucketARN("arn:aws:s3:::failed").roleARN(FirehoseClients.ROLE).prefix("ok/!{timestamp:yyyy}/")
                .errorOutputPrefix("errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM}/")));
        FirehoseClients.putAll(firehose, "routed", List.of("r"));
        harness.clock().advance(Duration.ofSeconds(60));

        assertThat(endpoint.received()).as("a retry duration of 0 means no retry").hasSize(1);
        assertThat(s3.listObjectsV2(b -> b.bucket("failed")).contents()).singleElement().extracting(S3Object::key)
                .asString().startsWith("errors/http-endpoint-failed/2026/12/routed-1-2026-12-06-12-00-00-");
    }

    @Test
    void a_413_is_final_at_once_and_not_written_to_s3() {
        endpoint.answer(r -> new LocalEndpoint.Answer(413, "{\"errorMessage\":\"Payload too large\"}"));
        create("huge", h -> { });
        FirehoseClients.putAll(firehose, "huge", List.of("r"));
        harness.clock().advance(Duration.ofMinutes(10));
        assertThat(endpoint.received()).hasSize(1);
        assertThat(s3.listObjectsV2(b -> b.bucket("failed")).contents()).isEmpty();
        assertThat(harness.firehose().deliveries("huge")).singleElement().extracting(FirehoseDelivery::delivered)
                .isEqualTo(false);
    }

    @Test
    void a_200_that_does_not_echo_the_request_id_is_not_a_delivery() {
        AtomicInteger calls = new AtomicInteger();
        endpoint.answer(r -> calls.incrementAndGet() == 1 ? new LocalEndpoint.Answer(200, "{\"ok\":true}")
                : LocalEndpoint.success(r));
        create("picky", h -> { });
        FirehoseClients.putAll(firehose, "picky", List.of("r"));
        harness.clock().advance(Duration.ofSeconds(62));
        assertThat(harness.firehose().deliveries("picky")).extracting(FirehoseDelivery::errorCode)
                .containsExactly("HttpEndpoint.InvalidResponseFromDestination", null);
    }

    @Test
    void all_data_backup_writes_every_record_to_s3_too() {
        create("copied", h -> h.s3BackupMode("AllData").s3Configuration(s -> s.bucketARN("arn:aws:s3:::failed")
                .roleARN(FirehoseClients.ROLE).prefix("all/").bufferingHints(x -> x.sizeInMBs(1)
                        .intervalInSeconds(60))));
        FirehoseClients.putAll(firehose, "copied", List.of("a", "b"));
        harness.clock().advance(Duration.ofMinutes(1));
        assertThat(endpoint.received()).hasSize(1);
        List<S3Object> objects = s3.listObjectsV2(b -> b.bucket("failed")).contents();
        assertThat(objects).singleElement().extracting(S3Object::key).asString().startsWith("all/2026/12/06/12/");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("failed").key(objects.get(0).key())).asUtf8String())
                .isEqualTo("ab");
    }

    @Test
    void with_https_only_local_urls_are_refused_as_aws_refuses_them() {
        try (KinesisHarness strict = KinesisHarness.builder().port(0)
                .setting(FirehoseSettings.FIREHOSE_HTTPS_ONLY, true).start();
                FirehoseClient client = FirehoseClients.firehose(strict)) {
            assertThatThrownBy(() -> client.createDeliveryStream(b -> b.deliveryStreamName("s")
                    .httpEndpointDestinationConfiguration(h -> h.endpointConfiguration(e -> e.url(endpoint.url()))
                            .s3Configuration(s -> s.bucketARN("arn:aws:s3:::failed")
                                    .roleARN(FirehoseClients.ROLE)))))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("Invalid Url. Supported Url format is https://<domain> with port 443 or "
                            + "unspecified.");
        }
    }

    private static List<String> decoded(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : body.get("records")) {
            out.add(new String(Base64.getDecoder().decode(r.get("data").asText()), StandardCharsets.UTF_8));
        }
        return out;
    }
}
