package io.kinesisharness.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.Request;
import com.amazonaws.SDKGlobalConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.handlers.RequestHandler2;
import com.amazonaws.services.kinesis.AmazonKinesis;
import com.amazonaws.services.kinesis.AmazonKinesisClientBuilder;
import com.amazonaws.services.kinesis.model.GetRecordsRequest;
import com.amazonaws.services.kinesis.model.GetRecordsResult;
import com.amazonaws.services.kinesis.model.PutRecordsRequest;
import com.amazonaws.services.kinesis.model.PutRecordsRequestEntry;
import com.amazonaws.services.kinesis.model.Record;
import com.amazonaws.services.kinesis.model.ResourceNotFoundException;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AWS SDK for Java v1 against the harness, with its CBOR default and with CBOR switched off. */
class SdkV1ClientTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final java.util.Set<String> CONTENT_TYPES = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static KinesisHarness harness;

    @BeforeAll
    static void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start();
    }

    @AfterAll
    static void stop() {
        System.clearProperty(SDKGlobalConfiguration.AWS_CBOR_DISABLE_SYSTEM_PROPERTY);
        harness.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void puts_and_reads_back_records(boolean cborDisabled) {
        CONTENT_TYPES.clear();
        AmazonKinesis kinesis = client(cborDisabled);
        String stream = "v1-" + cborDisabled;
        kinesis.createStream(stream, 2);
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            entries.add(new PutRecordsRequestEntry().withPartitionKey("key-" + i)
                    .withData(ByteBuffer.wrap(("record " + i).getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(kinesis.putRecords(new PutRecordsRequest().withStreamName(stream).withRecords(entries))
                .getFailedRecordCount()).isZero();

        List<String> read = new ArrayList<>();
        for (var shard : kinesis.describeStream(stream).getStreamDescription().getShards()) {
            String iterator = kinesis.getShardIterator(stream, shard.getShardId(), "TRIM_HORIZON").getShardIterator();
            GetRecordsResult page = kinesis.getRecords(new GetRecordsRequest().withShardIterator(iterator));
            for (Record r : page.getRecords()) {
                read.add(StandardCharsets.UTF_8.decode(r.getData()).toString());
                assertThat(r.getApproximateArrivalTimestamp().toInstant()).isEqualTo(START);
            }
        }
        assertThat(read).hasSize(20).contains("record 0", "record 19");

        assertThatThrownBy(() -> kinesis.describeStream("missing"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Stream missing under account 000000000000 not found.");
        assertThat(CONTENT_TYPES).containsOnly(cborDisabled ? "application/x-amz-json-1.1" : "application/x-amz-cbor-1.1");
        kinesis.shutdown();
    }

    private static AmazonKinesis client(boolean cborDisabled) {
        // SDK v1 takes this switch from the system properties; the tests in this class run one after another.
        if (cborDisabled) {
            System.setProperty(SDKGlobalConfiguration.AWS_CBOR_DISABLE_SYSTEM_PROPERTY, "true");
        } else {
            System.clearProperty(SDKGlobalConfiguration.AWS_CBOR_DISABLE_SYSTEM_PROPERTY);
        }
        return AmazonKinesisClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(harness.endpoint().toString(), harness.region()))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKID", "secret")))
                .withRequestHandlers(new RequestHandler2() {
                    @Override
                    public void beforeRequest(Request<?> request) {
                        CONTENT_TYPES.add(request.getHeaders().get("Content-Type"));
                    }
                })
                .build();
    }
}
