package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kinesis.model.EnhancedMetrics;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamDescriptionSummary;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/** CreateStream, DeleteStream, DescribeStream, DescribeStreamSummary and the retention calls, as AWS answers them. */
abstract class StreamLifecycleContract extends KinesisContract {

    private static final String MAX_HASH_KEY = "340282366920938463463374607431768211455";

    @Test
    void requests_and_answers_travel_in_the_suites_encoding() {
        kinesis.createStream(b -> b.streamName("encoded").shardCount(1));
        kinesis.describeStream(b -> b.streamName("encoded"));
        expectErrorCode(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.describeStream(b -> b.streamName("missing")));

        assertThat(contentTypes.seen()).containsExactly(wire().contentType(), wire().contentType(),
                wire().contentType());
        assertThat(contentTypes.answered()).containsExactly(wire().contentType(), wire().contentType(),
                wire().contentType());
    }

    @Test
    void describe_stream_of_a_new_stream_returns_every_field_aws_returns() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(2));

        StreamDescription d = kinesis.describeStream(b -> b.streamName("orders")).streamDescription();

        assertThat(d.streamName()).isEqualTo("orders");
        assertThat(d.streamARN()).isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/orders");
        assertThat(d.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(d.streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        assertThat(d.retentionPeriodHours()).isEqualTo(24);
        assertThat(d.streamCreationTimestamp()).isEqualTo(harness.clock().now());
        assertThat(d.encryptionType()).isEqualTo(EncryptionType.NONE);
        assertThat(d.keyId()).isNull();
        assertThat(d.enhancedMonitoring()).containsExactly(EnhancedMetrics.builder().shardLevelMetrics(List.of())
                .build());
        assertThat(d.enhancedMonitoring().get(0).hasShardLevelMetrics()).isTrue();
        assertThat(d.hasMoreShards()).isFalse();
        assertThat(d.shards()).extracting(Shard::shardId).containsExactly("shardId-000000000000",
                "shardId-000000000001");
        for (Shard s : d.shards()) {
            assertThat(s.parentShardId()).isNull();
            assertThat(s.adjacentParentShardId()).isNull();
            assertThat(s.sequenceNumberRange().startingSequenceNumber()).matches("\\d{56}");
            assertThat(s.sequenceNumberRange().endingSequenceNumber()).isNull();
        }
        assertThat(d.shards().get(0).hashKeyRange().startingHashKey()).isEqualTo("0");
        assertThat(d.shards().get(0).hashKeyRange().endingHashKey())
                .isEqualTo("170141183460469231731687303715884105727");
        assertThat(d.shards().get(1).hashKeyRange().startingHashKey())
                .isEqualTo("170141183460469231731687303715884105728");
        assertThat(d.shards().get(1).hashKeyRange().endingHashKey()).isEqualTo(MAX_HASH_KEY);
    }

    @Test
    void create_stream_splits_the_hash_key_space_evenly_as_aws_does_for_three_shards() {
        createStream("three", 3);

        List<Shard> shards = kinesis.describeStream(b -> b.streamName("three")).streamDescription().shards();

        assertThat(shards).extracting(s -> s.hashKeyRange().startingHashKey()).containsExactly("0",
                "113427455640312821154458202477256070485", "226854911280625642308916404954512140970");
        assertThat(shards).extracting(s -> s.hashKeyRange().endingHashKey()).containsExactly(
                "113427455640312821154458202477256070484", "226854911280625642308916404954512140969", MAX_HASH_KEY);
    }

    @Test
    void shards_starting_sequence_numbers_differ_between_shards_and_streams() {
        createStream("a", 2);
        createStream("b", 1);

        List<String> starts = new java.util.ArrayList<>();
        for (String name : List.of("a", "b")) {
            kinesis.describeStream(b -> b.streamName(name)).streamDescription().shards()
                    .forEach(s -> starts.add(s.sequenceNumberRange().startingSequenceNumber()));
        }

        assertThat(starts).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void describe_stream_summary_returns_counts_and_defaults() {
        createStream("orders", 3);

        StreamDescriptionSummary s = kinesis.describeStreamSummary(b -> b.streamName("orders"))
                .streamDescriptionSummary();

        assertThat(s.streamName()).isEqualTo("orders");
        assertThat(s.streamARN()).isEqualTo(arn("orders"));
        assertThat(s.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(s.streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        assertThat(s.retentionPeriodHours()).isEqualTo(24);
        assertThat(s.streamCreationTimestamp()).isEqualTo(harness.clock().now());
        assertThat(s.encryptionType()).isEqualTo(EncryptionType.NONE);
        assertThat(s.keyId()).isNull();
        assertThat(s.enhancedMonitoring()).containsExactly(EnhancedMetrics.builder().shardLevelMetrics(List.of())
                .build());
        assertThat(s.openShardCount()).isEqualTo(3);
        assertThat(s.consumerCount()).isZero();
        assertThat(s.maxRecordSizeInKiB()).isEqualTo(1024);
    }

    @Test
    void create_stream_without_shard_count_makes_four_provisioned_shards() {
        kinesis.createStream(b -> b.streamName("defaulted"));

        StreamDescription d = kinesis.describeStream(b -> b.streamName("defaulted")).streamDescription();

        assertThat(d.shards()).hasSize(4);
        assertThat(d.streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
    }

    @Test
    void create_on_demand_stream_makes_four_shards_in_on_demand_mode() {
        kinesis.createStream(b -> b.streamName("elastic").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));

        StreamDescription d = kinesis.describeStream(b -> b.streamName("elastic")).streamDescription();
        StreamDescriptionSummary s = kinesis.describeStreamSummary(b -> b.streamName("elastic"))
                .streamDescriptionSummary();

        assertThat(d.shards()).hasSize(4);
        assertThat(d.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
        assertThat(s.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
        assertThat(s.openShardCount()).isEqualTo(4);
    }

    @Test
    void create_on_demand_stream_with_a_shard_count_is_rejected() {
        // AWS rejects the combination; its exact wording from the Kinesis API is not on record.
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException", () -> kinesis.createStream(b -> b
                .streamName("elastic").shardCount(2).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND))));
        expectError(ResourceNotFoundException.class, "Stream elastic under account 000000000000 not found.",
                () -> kinesis.describeStreamSummary(b -> b.streamName("elastic")));
    }

    @Test
    void create_stream_with_a_taken_name_fails_with_resource_in_use() {
        createStream("orders", 1);

        expectError(ResourceInUseException.class, "Stream orders under account 000000000000 already exists.",
                () -> kinesis.createStream(b -> b.streamName("orders").shardCount(1)));
    }

    @Test
    void create_stream_beyond_the_shard_limit_fails_with_limit_exceeded() {
        createStream("big", 498);

        expectError(LimitExceededException.class, "This request would exceed the shard limit for the account "
                + "000000000000 in us-east-1. Current shard count for the account: 498. Limit: 500. Number of "
                + "additional shards that would have resulted from this request: 3. Refer to the AWS Service Limits "
                + "page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits "
                + "and how to request higher limits.",
                () -> kinesis.createStream(b -> b.streamName("more").shardCount(3)));
        // Exactly up to the limit is still allowed.
        createStream("more", 2);
    }

    @Test
    void deleted_streams_stop_counting_against_the_shard_limit() {
        createStream("big", 500);
        kinesis.deleteStream(b -> b.streamName("big"));

        createStream("again", 500);
    }

    @Test
    void delete_stream_answers_with_no_output_and_the_stream_is_gone() {
        createStream("doomed", 1);

        kinesis.deleteStream(b -> b.streamName("doomed"));

        expectError(ResourceNotFoundException.class, "Stream doomed under account 000000000000 not found.",
                () -> kinesis.describeStream(b -> b.streamName("doomed")));
        assertThat(kinesis.listStreams().streamNames()).doesNotContain("doomed");
    }

    @Test
    void a_deleted_stream_name_can_be_used_again_and_starts_empty() {
        createStream("reborn", 1);
        kinesis.putRecord(b -> b.streamName("reborn").partitionKey("k").data(SdkBytes.fromUtf8String("old")));
        kinesis.deleteStream(b -> b.streamName("reborn"));

        createStream("reborn", 1);

        assertThat(readAll("reborn", shardId(0))).isEmpty();
    }

    @Test
    void operations_on_a_missing_stream_fail_with_resource_not_found() {
        String message = "Stream ghost under account 000000000000 not found.";
        expectError(ResourceNotFoundException.class, message, () -> kinesis.describeStream(b -> b.streamName("ghost")));
        expectError(ResourceNotFoundException.class, message,
                () -> kinesis.describeStreamSummary(b -> b.streamName("ghost")));
        expectError(ResourceNotFoundException.class, message, () -> kinesis.deleteStream(b -> b.streamName("ghost")));
        expectError(ResourceNotFoundException.class, message, () -> kinesis.listShards(b -> b.streamName("ghost")));
        expectError(ResourceNotFoundException.class, message, () -> kinesis.putRecord(b -> b.streamName("ghost")
                .partitionKey("k").data(SdkBytes.fromUtf8String("x"))));
        expectError(ResourceNotFoundException.class, message, () -> kinesis.putRecords(b -> b.streamName("ghost")
                .records(PutRecordsRequestEntry.builder().partitionKey("k").data(SdkBytes.fromUtf8String("x"))
                        .build())));
        expectError(ResourceNotFoundException.class, message, () -> kinesis.increaseStreamRetentionPeriod(b -> b
                .streamName("ghost").retentionPeriodHours(48)));
        expectError(ResourceNotFoundException.class, message, () -> kinesis.decreaseStreamRetentionPeriod(b -> b
                .streamName("ghost").retentionPeriodHours(24)));
    }

    @Test
    void a_stream_arn_naming_a_missing_stream_is_reported_by_name() {
        expectError(ResourceNotFoundException.class, "Stream ghost under account 000000000000 not found.",
                () -> kinesis.describeStreamSummary(b -> b.streamARN(arn("ghost"))));
    }

    @Test
    void every_operation_that_names_a_stream_accepts_its_arn_instead() {
        createStream("by-arn", 2);
        String arn = arn("by-arn");

        assertThat(kinesis.describeStream(b -> b.streamARN(arn)).streamDescription().streamName()).isEqualTo("by-arn");
        assertThat(kinesis.describeStreamSummary(b -> b.streamARN(arn)).streamDescriptionSummary().openShardCount())
                .isEqualTo(2);
        assertThat(kinesis.listShards(b -> b.streamARN(arn)).shards()).hasSize(2);
        PutRecordResponse put = kinesis.putRecord(b -> b.streamARN(arn).partitionKey("k")
                .explicitHashKey("0").data(SdkBytes.fromUtf8String("one")));
        assertThat(put.shardId()).isEqualTo(shardId(0));
        assertThat(kinesis.putRecords(b -> b.streamARN(arn).records(PutRecordsRequestEntry.builder()
                .partitionKey("k").explicitHashKey("0").data(SdkBytes.fromUtf8String("two")).build()))
                .failedRecordCount()).isZero();
        String it = kinesis.getShardIterator(b -> b.streamARN(arn).shardId(shardId(0))
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        GetRecordsResponse records = kinesis.getRecords(b -> b.streamARN(arn).shardIterator(it));
        assertThat(records.records()).extracting(r -> r.data().asUtf8String()).containsExactly("one", "two");
        kinesis.increaseStreamRetentionPeriod(b -> b.streamARN(arn).retentionPeriodHours(72));
        kinesis.decreaseStreamRetentionPeriod(b -> b.streamARN(arn).retentionPeriodHours(48));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("by-arn")).streamDescriptionSummary()
                .retentionPeriodHours()).isEqualTo(48);
        kinesis.deleteStream(b -> b.streamARN(arn));
        expectError(ResourceNotFoundException.class, "Stream by-arn under account 000000000000 not found.",
                () -> kinesis.describeStreamSummary(b -> b.streamName("by-arn")));
    }

    @Test
    void retention_changes_show_in_describe_stream_and_the_summary() {
        createStream("kept", 1);

        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("kept").retentionPeriodHours(168));
        assertThat(kinesis.describeStream(b -> b.streamName("kept")).streamDescription().retentionPeriodHours())
                .isEqualTo(168);
        kinesis.decreaseStreamRetentionPeriod(b -> b.streamName("kept").retentionPeriodHours(25));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("kept")).streamDescriptionSummary()
                .retentionPeriodHours()).isEqualTo(25);
    }

    @Test
    void retention_may_be_set_to_its_current_value_either_way() {
        createStream("same", 1);

        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("same").retentionPeriodHours(24));
        kinesis.decreaseStreamRetentionPeriod(b -> b.streamName("same").retentionPeriodHours(24));

        assertThat(kinesis.describeStreamSummary(b -> b.streamName("same")).streamDescriptionSummary()
                .retentionPeriodHours()).isEqualTo(24);
    }

    @Test
    void stream_creation_timestamp_is_the_harness_clock_time_of_creation() {
        harness.clock().advance(Duration.ofMillis(1_234));
        java.time.Instant created = harness.clock().now();
        createStream("timed", 1);
        harness.clock().advance(Duration.ofHours(1));

        assertThat(kinesis.describeStream(b -> b.streamName("timed")).streamDescription().streamCreationTimestamp())
                .isEqualTo(created);
        assertThat(kinesis.listStreams().streamSummaries().get(0).streamCreationTimestamp()).isEqualTo(created);
    }
}
