package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.KinesisHarness;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.KinesisRequest;

/**
 * Every operation of the SDK's Kinesis model is answered by the harness: the operation list comes from the SDK
 * on the classpath (the request types the SDK's Kinesis clients take, one per operation), so a newer SDK
 * with a new operation makes this test fail until the harness serves it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationCoverageTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private KinesisHarness harness;

    @BeforeAll
    void start() {
        harness = KinesisHarness.builder().start();
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void the_sdk_model_has_the_45_operations_of_the_current_api() {
        assertThat(sdkOperations()).hasSize(45).contains("UpdateStreamRecordDistributionStrategy", "CreateChannel",
                "UpdateMaxRecordSize", "UpdateAccountSettings");
    }

    @Test
    void every_operation_of_the_sdk_model_is_registered() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (String operation : sdkOperations()) {
            if (!known(operation)) {
                missing.add(operation);
            }
        }

        assertThat(missing).as("operations the harness does not serve").isEmpty();
    }

    @Test
    void an_unknown_operation_is_told_apart() throws Exception {
        assertThat(known("NoSuchOperation")).isFalse();
    }

    /** An operation is known when an empty request gets anything but UnknownOperationException. */
    private boolean known(String operation) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(harness.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "Kinesis_20131202." + operation)
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=000000000000/20260101/us-east-1/kinesis/"
                        + "aws4_request, SignedHeaders=host, Signature=x")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
            return true;
        }
        JsonNode body = json.readTree(r.body());
        return !"UnknownOperationException".equals(body.path("__type").asText());
    }

    static List<String> sdkOperations() {
        Set<String> ops = new TreeSet<>();
        // SubscribeToShard is an event stream, offered by the asynchronous client only.
        for (Class<?> client : List.of(KinesisClient.class, KinesisAsyncClient.class)) {
            for (Method m : client.getMethods()) {
                if (m.getParameterCount() >= 1 && KinesisRequest.class.isAssignableFrom(m.getParameterTypes()[0])) {
                    String type = m.getParameterTypes()[0].getSimpleName();
                    ops.add(type.substring(0, type.length() - "Request".length()));
                }
            }
        }
        return List.copyOf(ops);
    }
}
