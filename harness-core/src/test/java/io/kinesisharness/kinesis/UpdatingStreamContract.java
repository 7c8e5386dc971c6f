package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kinesis.model.MetricsName;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * With an update delay, a changed stream is UPDATING for that long: it keeps its old shards and settings,
 * serves reads and writes, and refuses other changes; the change shows exactly when the delay ends.
 */
abstract class UpdatingStreamContract extends KinesisContract {

    private static final Duration DELAY = Duration.ofSeconds(30);
    private static final String NOT_ACTIVE = "Stream s under account " + ACCOUNT + " not ACTIVE, instead in state UPDATING";

    @Override
    protected KinesisHarness.Builder configure(KinesisHarness.Builder builder) {
        return builder.updateStreamDelay(DELAY);
    }

    @Test
    void a_split_shows_its_children_only_when_the_update_ends() {
        createStream("s", 1);

        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10"));

        assertThat(status()).isEqualTo(StreamStatus.UPDATING);
        List<Shard> during = kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards();
        assertThat(during).extracting(Shard::shardId).containsExactly(shardId(0));
        assertThat(during.get(0).sequenceNumberRange().endingSequenceNumber()).isNull();
        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey("50")
                .data(SdkBytes.fromUtf8String("during"))).shardId()).isEqualTo(shardId(0));

        harness.clock().advance(DELAY.minusMillis(1));
        assertThat(status()).isEqualTo(StreamStatus.UPDATING);
        harness.clock().advance(Duration.ofMillis(1));

        assertThat(status()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(kinesis.listShards(b -> b.streamName("s")).shards()).hasSize(3);
        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey("50")
                .data(SdkBytes.fromUtf8String("after"))).shardId()).isEqualTo(shardId(2));
        assertThat(readAll("s", shardId(0))).extracting(r -> r.data().asUtf8String()).containsExactly("during");
    }

    @Test
    void every_change_is_refused_while_the_stream_is_updating() {
        createStream("s", 2);
        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(4).scalingType(ScalingType.UNIFORM_SCALING));

        expectError(ResourceInUseException.class, NOT_ACTIVE,
                () -> kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10")));
        expectError(ResourceInUseException.class, NOT_ACTIVE, () -> kinesis.mergeShards(b -> b.streamName("s")
                .shardToMerge(shardId(0)).adjacentShardToMerge(shardId(1))));
        expectError(ResourceInUseException.class, NOT_ACTIVE, () -> kinesis.updateShardCount(b -> b.streamName("s")
                .targetShardCount(3).scalingType(ScalingType.UNIFORM_SCALING)));
        expectError(ResourceInUseException.class, NOT_ACTIVE, () -> kinesis.startStreamEncryption(b -> b
                .streamName("s").encryptionType(EncryptionType.KMS).keyId("alias/aws/kinesis")));
        expectError(ResourceInUseException.class, NOT_ACTIVE, () -> kinesis.enableEnhancedMonitoring(b -> b
                .streamName("s").shardLevelMetrics(MetricsName.ALL)));
        expectError(ResourceInUseException.class, NOT_ACTIVE, () -> kinesis.updateStreamMode(b -> b
                .streamARN(arn("s")).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND))));

        harness.clock().advance(DELAY);
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().openShardCount())
                .isEqualTo(4);
        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(3).scalingType(ScalingType.UNIFORM_SCALING));
    }

    @Test
    void encryption_applies_to_records_written_after_the_update_ends() {
        createStream("s", 1);
        kinesis.startStreamEncryption(b -> b.streamName("s").encryptionType(EncryptionType.KMS)
                .keyId("alias/aws/kinesis"));

        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("plain")))
                .encryptionType()).isNull();
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().encryptionType())
                .isEqualTo(EncryptionType.NONE);
        harness.clock().advance(DELAY);

        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("secret")))
                .encryptionType()).isEqualTo(EncryptionType.KMS);
        assertThat(readAll("s", shardId(0))).extracting(r -> r.encryptionType())
                .containsExactly(null, EncryptionType.KMS);
    }

    @Test
    void a_mode_switch_takes_effect_when_the_update_ends() {
        createStream("s", 2);

        kinesis.updateStreamMode(b -> b.streamARN(arn("s")).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));

        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary()
                .streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        harness.clock().advance(DELAY);
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary()
                .streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
    }

    private StreamStatus status() {
        return kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().streamStatus();
    }
}
