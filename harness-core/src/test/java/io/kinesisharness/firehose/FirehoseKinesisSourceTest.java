package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.KinesisClients;
import io.kinesisharness.kinesis.support.Wire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamDescription;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Shard;

/**
 * KinesisStreamAsSource: reading from the tip at ACTIVE, once per second of harness time, every shard in order across
 * a reshard, one reader per delivery stream, KPL aggregates split, and puts refused as AWS refuses them.
 */
class FirehoseKinesisSourceTest {

    private static final Instant START = Instant.parse("2026-12-06T09:00:00Z");
    private static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/clicks";

    private KinesisHarness harness;
    private FirehoseClient firehose;
    private KinesisClient kinesis;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("sink")
                .stream("clicks", 2).start();
        firehose = FirehoseClients.firehose(harness);
        kinesis = KinesisClients.create(harness, Wire.CBOR, new ContentTypeRecorder());
    }

    @AfterEach
    void stop() {
        firehose.close();
        kinesis.close();
        harness.close();
    }

    private void createFromKinesis(String name) {
        firehose.createDeliveryStream(b -> b.deliveryStreamName(name).deliveryStreamType("KinesisStreamAsSource")
                .kinesisStreamSourceConfiguration(k -> k.kinesisStreamARN(STREAM_ARN).roleARN(FirehoseClients.ROLE))
                .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::sink").roleARN(FirehoseClients.ROLE)
                        .prefix(name + "/").bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(60))));
    }

    private void put(String key, String data) {
        kinesis.putRecord(b -> b.streamName("clicks").partitionKey(key).data(SdkBytes.fromUtf8String(data)));
    }

    @Test
    void reads_from_the_tip_when_active_and_delivers_after_the_interval() {
        put("k", "before");
        createFromKinesis("from-clicks");
        DeliveryStreamDescription d = firehose.describeDeliveryStream(b -> b.deliveryStreamName("from-clicks"))
                .deliveryStreamDescription();
        assertThat(d.source().kinesisStreamSourceDescription().kinesisStreamARN()).isEqualTo(STREAM_ARN);
        assertThat(d.source().kinesisStreamSourceDescription().deliveryStartTimestamp()).isEqualTo(START);
        assertThat(d.deliveryStreamEncryptionConfiguration()).isNull();

        put("k", "after-1");
        put("k", "after-2");
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(harness.firehose().deliveries("from-clicks")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(60));
        assertThat(harness.firehose().deliveredRecords("from-clicks")).containsExactly("after-1", "after-2");
    }

    @Test
    void puts_to_it_are_refused_as_aws_refuses_them() {
        createFromKinesis("no-puts");
        assertThatThrownBy(() -> firehose.putRecord(b -> b.deliveryStreamName("no-puts")
                .record(r -> r.data(SdkBytes.fromUtf8String("x")))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("This operation is not permitted on KinesisStreamAsSource delivery stream "
                        + "type.");
    }

    @Test
    void a_missing_kinesis_stream_is_refused_at_create() {
        assertThatThrownBy(() -> firehose.createDeliveryStream(b -> b.deliveryStreamName("orphan")
                .deliveryStreamType("KinesisStreamAsSource")
                .kinesisStreamSourceConfiguration(k -> k.kinesisStreamARN(
                        "arn:aws:kinesis:us-east-1:000000000000:stream/none").roleARN(FirehoseClients.ROLE))
                .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::sink")
                        .roleARN(FirehoseClients.ROLE))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("stream/none");
        assertThat(firehose.listDeliveryStreams(b -> { }).deliveryStreamNames()).isEmpty();
    }

    @Test
    void two_delivery_streams_on_one_kinesis_stream_each_get_every_record() {
        createFromKinesis("first");
        createFromKinesis("second");
        for (int i = 0; i < 20; i++) {
            put("key-" + i, "r" + i);
        }
        harness.clock().advance(Duration.ofSeconds(61));
        assertThat(harness.firehose().deliveredRecords("first")).hasSize(20);
        assertThat(harness.firehose().deliveredRecords("second")).containsExactlyInAnyOrderElementsOf(
                harness.firehose().deliveredRecords("first"));
    }

    @Test
    void a_reshard_is_followed_and_each_keys_records_stay_in_order() {
        createFromKinesis("resharded");
        for (int i = 0; i < 10; i++) {
            put("same-key", "a" + i);
        }
        Shard shard = kinesis.listShards(b -> b.streamName("clicks")).shards().get(0);
        kinesis.splitShard(b -> b.streamName("clicks").shardToSplit(shard.shardId())
                .newStartingHashKey(new java.math.BigInteger(shard.hashKeyRange().startingHashKey())
                        .add(new java.math.BigInteger(shard.hashKeyRange().endingHashKey())).shiftRight(1)
                        .toString()));
        for (int i = 0; i < 10; i++) {
            put("same-key", "b" + i);
        }
        harness.clock().advance(Duration.ofSeconds(61));

        List<String> got = harness.firehose().deliveredRecords("resharded");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expected.add("a" + i);
        }
        for (int i = 0; i < 10; i++) {
            expected.add("b" + i);
        }
        assertThat(got).containsExactlyElementsOf(expected);
    }

    @Test
    void kpl_aggregated_records_are_delivered_as_their_user_records() throws Exception {
        createFromKinesis("deaggregated");
        byte[] aggregated = aggregate(List.of("u1", "u2", "u3"));
        kinesis.putRecord(b -> b.streamName("clicks").partitionKey("agg")
                .data(SdkBytes.fromByteArray(aggregated)));
        harness.clock().advance(Duration.ofSeconds(61));
        assertThat(harness.firehose().deliveredRecords("deaggregated")).containsExactly("u1", "u2", "u3");
    }

    /** A KPL aggregate: magic, an AggregatedRecord (one partition key, one record per payload), its MD5. */
    static byte[] aggregate(List<String> payloads) throws IOException, java.security.GeneralSecurityException {
        ByteArrayOutputStream proto = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(proto);
        out.writeString(1, "agg");
        for (String p : payloads) {
            ByteArrayOutputStream rec = new ByteArrayOutputStream();
            CodedOutputStream r = CodedOutputStream.newInstance(rec);
            r.writeUInt64(1, 0);
            r.writeByteArray(3, p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            r.flush();
            out.writeByteArray(3, rec.toByteArray());
        }
        out.flush();
        byte[] body = proto.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(new byte[] {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2});
        all.writeBytes(body);
        all.writeBytes(MessageDigest.getInstance("MD5").digest(body));
        return all.toByteArray();
    }
}
