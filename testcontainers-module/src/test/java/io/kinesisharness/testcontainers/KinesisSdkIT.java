package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/** The AWS SDK for Java v2 against the container, in both wire formats and over TLS. */
class KinesisSdkIT extends ContainerIT {


    @Test
    void cbor_client_creates_a_stream_puts_and_gets_records() {
        WireLog wire = new WireLog();
        try (KinesisClient kinesis = Harnesses.cbor(harness, wire)) {
            roundTrip(kinesis, "cbor-orders");
        }
        assertThat(wire.contentTypes()).containsExactly("application/x-amz-cbor-1.1");
    }

    @Test
    void json_client_creates_a_stream_puts_and_gets_records() {
        WireLog wire = new WireLog();
        try (KinesisClient kinesis = Harnesses.json(harness, wire)) {
            roundTrip(kinesis, "json-orders");
        }
        assertThat(wire.contentTypes()).containsExactly("application/x-amz-json-1.1");
    }

    @Test
    void https_endpoint_serves_the_same_harness_on_the_same_port() {
        assertThat(harness.getHttpsEndpoint().getPort()).isEqualTo(harness.getEndpoint().getPort());
        WireLog wire = new WireLog();
        try (KinesisClient plain = Harnesses.cbor(harness, new WireLog());
                KinesisClient tls = Harnesses.https(harness, wire)) {
            plain.createStream(r -> r.streamName("over-tls").shardCount(1));
            Records.put(tls, "over-tls", "k", "sent over TLS");

            assertThat(Records.texts(Records.readAll(plain, "over-tls"))).containsExactly("sent over TLS");
            assertThat(tls.listStreams().streamNames()).contains("over-tls");
        }
        assertThat(wire.schemes()).containsExactly("https");
    }

    private static void roundTrip(KinesisClient kinesis, String stream) {
        kinesis.createStream(r -> r.streamName(stream).shardCount(2));
        assertThat(kinesis.describeStreamSummary(r -> r.streamName(stream)).streamDescriptionSummary().streamStatus())
                .isEqualTo(StreamStatus.ACTIVE);

        String first = Records.put(kinesis, stream, "customer-1", "order 1").sequenceNumber();
        String second = Records.put(kinesis, stream, "customer-1", "order 2").sequenceNumber();
        Records.put(kinesis, stream, "customer-2", "order 3");

        List<Record> records = Records.readAll(kinesis, stream);
        assertThat(Records.texts(records)).containsExactlyInAnyOrder("order 1", "order 2", "order 3");
        List<String> sameKey = records.stream().filter(r -> r.partitionKey().equals("customer-1"))
                .map(Record::sequenceNumber).toList();
        assertThat(sameKey).containsExactly(first, second);
        assertThat(new java.math.BigInteger(second)).isGreaterThan(new java.math.BigInteger(first));
        assertThat(kinesis.listStreams().streamNames()).contains(stream);
    }
}
