package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.MetricsName;
import software.amazon.awssdk.services.kinesis.model.MinimumThroughputBillingCommitmentInputStatus;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.RecordDistributionStrategy;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.StreamDescriptionSummary;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** Capacity mode, record distribution, warm throughput, record size, encryption and enhanced monitoring. */
abstract class StreamSettingsContract extends KinesisContract {

    private static final int MIB = 1024 * 1024;

    @Test
    void update_stream_mode_switches_both_ways_and_on_demand_refuses_update_shard_count() {
        createStream("s", 3);

        kinesis.updateStreamMode(b -> b.streamARN(arn("s")).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));

        StreamDescriptionSummary onDemand = summary("s");
        assertThat(onDemand.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
        assertThat(onDemand.openShardCount()).isEqualTo(3);
        assertThat(onDemand.recordDistributionStrategy()).isEqualTo(RecordDistributionStrategy.USER_PARTITION_KEY);
        expectError(ValidationException.class, "Request is invalid. Stream s under account " + ACCOUNT
                + " is in On-Demand mode.", () -> kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(4)
                        .scalingType("UNIFORM_SCALING")));

        kinesis.updateStreamMode(b -> b.streamARN(arn("s")).streamModeDetails(m -> m.streamMode(StreamMode.PROVISIONED)));
        assertThat(summary("s").streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        assertThat(summary("s").recordDistributionStrategy()).isNull();
        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(4).scalingType("UNIFORM_SCALING"));
    }

    @Test
    void update_stream_mode_needs_the_stream_arn_and_a_mode() {
        expectError(ValidationException.class, "2 validation errors detected: Value null at 'streamARN' failed to "
                + "satisfy constraint: Member must not be null; Value null at 'streamModeDetails' failed to satisfy "
                + "constraint: Member must not be null", () -> kinesis.updateStreamMode(b -> { }));
        expectError(ResourceNotFoundException.class, "Stream ghost under account " + ACCOUNT + " not found.",
                () -> kinesis.updateStreamMode(b -> b.streamARN(arn("ghost"))
                        .streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND))));
        createStream("s", 1);
        // AWS's wording of this refusal is not on record.
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException", () -> kinesis.updateStreamMode(
                b -> b.streamARN(arn("s")).streamModeDetails(m -> m.streamMode(StreamMode.PROVISIONED))));
    }

    @Test
    void auto_distribution_spreads_records_over_every_shard_whatever_their_key() {
        kinesis.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        kinesis.updateStreamRecordDistributionStrategy(b -> b.streamARN(arn("od"))
                .recordDistributionStrategy(RecordDistributionStrategy.AUTO));

        Set<String> shards = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            shards.add(kinesis.putRecord(b -> b.streamName("od").partitionKey("one-key")
                    .data(SdkBytes.fromUtf8String("x"))).shardId());
        }

        assertThat(shards).hasSize(4);
        assertThat(summary("od").recordDistributionStrategy()).isEqualTo(RecordDistributionStrategy.AUTO);
        kinesis.updateStreamRecordDistributionStrategy(b -> b.streamARN(arn("od"))
                .recordDistributionStrategy(RecordDistributionStrategy.USER_PARTITION_KEY));
        Set<String> keyed = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            keyed.add(kinesis.putRecord(b -> b.streamName("od").partitionKey("one-key")
                    .data(SdkBytes.fromUtf8String("x"))).shardId());
        }
        assertThat(keyed).hasSize(1);
    }

    @Test
    void auto_distribution_is_refused_on_provisioned_streams_at_creation_and_later() {
        createStream("p", 1);

        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.updateStreamRecordDistributionStrategy(b -> b.streamARN(arn("p"))
                        .recordDistributionStrategy(RecordDistributionStrategy.AUTO)));
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException", () -> kinesis.createStream(b -> b
                .streamName("p2").shardCount(1).recordDistributionStrategy(RecordDistributionStrategy.AUTO)));
        kinesis.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND))
                .recordDistributionStrategy(RecordDistributionStrategy.AUTO));
        assertThat(summary("od").recordDistributionStrategy()).isEqualTo(RecordDistributionStrategy.AUTO);
    }

    @Test
    void warm_throughput_needs_an_on_demand_stream_and_a_billing_commitment() {
        kinesis.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.updateStreamWarmThroughput(b -> b.streamName("od").warmThroughputMiBps(100)));

        kinesis.updateAccountSettings(b -> b.minimumThroughputBillingCommitment(c -> c
                .status(MinimumThroughputBillingCommitmentInputStatus.ENABLED)));
        var r = kinesis.updateStreamWarmThroughput(b -> b.streamName("od").warmThroughputMiBps(100));

        assertThat(r.streamName()).isEqualTo("od");
        assertThat(r.streamARN()).isEqualTo(arn("od"));
        assertThat(r.warmThroughput().targetMiBps()).isEqualTo(100);
        assertThat(summary("od").warmThroughput().targetMiBps()).isEqualTo(100);
        assertThat(summary("od").warmThroughput().currentMiBps()).isEqualTo(100);
        createStream("p", 1);
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.updateStreamWarmThroughput(b -> b.streamARN(arn("p")).warmThroughputMiBps(100)));
    }

    @Test
    void a_raised_max_record_size_admits_records_up_to_it() {
        createStream("s", 1);
        byte[] twoMib = new byte[2 * MIB];

        expectError(ValidationException.class, "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 "
                + "lim=2097152 cap=2097152]' at 'data' failed to satisfy constraint: Member must have length less "
                + "than or equal to 1048576", () -> kinesis.putRecord(b -> b.streamName("s").partitionKey("k")
                        .data(SdkBytes.fromByteArray(twoMib))));
        kinesis.updateMaxRecordSize(b -> b.streamARN(arn("s")).maxRecordSizeInKiB(4096));

        assertThat(summary("s").maxRecordSizeInKiB()).isEqualTo(4096);
        kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromByteArray(twoMib)));
        assertThat(readAll("s", shardId(0))).singleElement().satisfies(r -> assertThat(r.data().asByteArray())
                .hasSize(2 * MIB));
        expectError(ValidationException.class, "1 validation error detected: Value '10241' at 'maxRecordSizeInKiB' "
                + "failed to satisfy constraint: Member must have value less than or equal to 10240",
                () -> kinesis.updateMaxRecordSize(b -> b.streamARN(arn("s")).maxRecordSizeInKiB(10_241)));
    }

    @Test
    void encryption_shows_in_the_descriptions_and_on_records_written_while_it_is_on() {
        createStream("s", 1);
        kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("before")));

        kinesis.startStreamEncryption(b -> b.streamName("s").encryptionType(EncryptionType.KMS).keyId("alias/mine"));

        assertThat(summary("s").encryptionType()).isEqualTo(EncryptionType.KMS);
        assertThat(summary("s").keyId()).isEqualTo("alias/mine");
        assertThat(kinesis.describeStream(b -> b.streamName("s")).streamDescription().keyId()).isEqualTo("alias/mine");
        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("during")))
                .encryptionType()).isEqualTo(EncryptionType.KMS);
        assertThat(kinesis.putRecords(b -> b.streamName("s").records(PutRecordsRequestEntry.builder()
                .partitionKey("k").data(SdkBytes.fromUtf8String("batch")).build())).encryptionType())
                .isEqualTo(EncryptionType.KMS);

        kinesis.stopStreamEncryption(b -> b.streamName("s").encryptionType(EncryptionType.KMS).keyId("alias/mine"));
        kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("after")));

        assertThat(summary("s").encryptionType()).isEqualTo(EncryptionType.NONE);
        assertThat(summary("s").keyId()).isNull();
        assertThat(readAll("s", shardId(0))).extracting(r -> r.data().asUtf8String() + ":" + r.encryptionType())
                .containsExactly("before:null", "during:KMS", "batch:KMS", "after:null");
    }

    @Test
    void encryption_calls_take_only_kms_and_need_a_key() {
        createStream("s", 1);

        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException", () -> kinesis
                .startStreamEncryption(b -> b.streamName("s").encryptionType(EncryptionType.NONE).keyId("k")));
        expectError(ValidationException.class, "1 validation error detected: Value null at 'keyId' failed to "
                + "satisfy constraint: Member must not be null", () -> kinesis.startStreamEncryption(b -> b
                        .streamName("s").encryptionType(EncryptionType.KMS)));
        expectError(ResourceNotFoundException.class, "Stream ghost under account " + ACCOUNT + " not found.",
                () -> kinesis.startStreamEncryption(b -> b.streamName("ghost").encryptionType(EncryptionType.KMS)
                        .keyId("k")));
    }

    @Test
    void enhanced_monitoring_reports_current_and_desired_metrics_and_all_stands_for_each() {
        createStream("s", 1);

        var enabled = kinesis.enableEnhancedMonitoring(b -> b.streamName("s")
                .shardLevelMetrics(MetricsName.INCOMING_BYTES, MetricsName.OUTGOING_RECORDS));

        assertThat(enabled.streamName()).isEqualTo("s");
        assertThat(enabled.streamARN()).isEqualTo(arn("s"));
        assertThat(enabled.currentShardLevelMetrics()).isEmpty();
        assertThat(enabled.desiredShardLevelMetrics()).containsExactly(MetricsName.INCOMING_BYTES,
                MetricsName.OUTGOING_RECORDS);
        var all = kinesis.enableEnhancedMonitoring(b -> b.streamName("s")
                .shardLevelMetrics(MetricsName.ALL));
        assertThat(all.currentShardLevelMetrics()).containsExactly(MetricsName.INCOMING_BYTES,
                MetricsName.OUTGOING_RECORDS);
        assertThat(all.desiredShardLevelMetrics()).hasSize(7).doesNotContain(MetricsName.ALL);
        var disabled = kinesis.disableEnhancedMonitoring(b -> b.streamName("s")
                .shardLevelMetrics(MetricsName.INCOMING_BYTES));
        assertThat(disabled.desiredShardLevelMetrics()).hasSize(6).doesNotContain(MetricsName.INCOMING_BYTES);
        assertThat(kinesis.describeStream(b -> b.streamName("s")).streamDescription().enhancedMonitoring().get(0)
                .shardLevelMetrics()).containsExactlyElementsOf(disabled.desiredShardLevelMetrics());
        assertThat(summary("s").enhancedMonitoring().get(0).shardLevelMetrics())
                .containsExactlyElementsOf(disabled.desiredShardLevelMetrics());
        kinesis.disableEnhancedMonitoring(b -> b.streamName("s").shardLevelMetrics(MetricsName.ALL));
        assertThat(summary("s").enhancedMonitoring()).singleElement()
                .satisfies(m -> assertThat(m.shardLevelMetrics()).isEmpty());
    }

    @Test
    void enhanced_monitoring_takes_only_the_model_metric_names() {
        createStream("s", 1);

        expectError(ValidationException.class, "1 validation error detected: Value '[Bogus]' at 'shardLevelMetrics' "
                + "failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: "
                + "[IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, "
                + "ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, ALL]]",
                () -> kinesis.enableEnhancedMonitoring(b -> b.streamName("s").shardLevelMetricsWithStrings("Bogus")));
        expectError(ValidationException.class, "1 validation error detected: Value '[]' at 'shardLevelMetrics' failed "
                + "to satisfy constraint: Member must have length greater than or equal to 1",
                () -> kinesis.enableEnhancedMonitoring(b -> b.streamName("s").shardLevelMetrics(List.of())));
    }

    private StreamDescriptionSummary summary(String name) {
        return kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary();
    }
}
