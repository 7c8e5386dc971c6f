package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.UpdateShardCountResponse;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** SplitShard, MergeShards and UpdateShardCount: lineage, hash ranges, closed parents and AWS's errors. */
abstract class ReshardingContract extends KinesisContract {

    static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    static final String ACCOUNT_SUFFIX = " under account " + ACCOUNT;

    @Test
    void split_shard_closes_the_parent_and_opens_two_children_that_share_its_range() {
        createStream("s", 1);
        String middle = MAX.shiftRight(1).add(BigInteger.ONE).toString();

        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey(middle));

        List<Shard> shards = kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards();
        assertThat(shards).extracting(Shard::shardId).containsExactly(shardId(0), shardId(1), shardId(2));
        assertThat(shards.get(0).sequenceNumberRange().endingSequenceNumber()).matches("\\d{56}")
                .isGreaterThanOrEqualTo(shards.get(0).sequenceNumberRange().startingSequenceNumber());
        assertThat(shards.get(1).parentShardId()).isEqualTo(shardId(0));
        assertThat(shards.get(1).adjacentParentShardId()).isNull();
        assertThat(shards.get(1).hashKeyRange().startingHashKey()).isEqualTo("0");
        assertThat(new BigInteger(shards.get(1).hashKeyRange().endingHashKey()))
                .isEqualTo(new BigInteger(middle).subtract(BigInteger.ONE));
        assertThat(shards.get(2).parentShardId()).isEqualTo(shardId(0));
        assertThat(shards.get(2).hashKeyRange().startingHashKey()).isEqualTo(middle);
        assertThat(shards.get(2).hashKeyRange().endingHashKey()).isEqualTo(MAX.toString());
        for (Shard child : shards.subList(1, 3)) {
            assertThat(child.sequenceNumberRange().endingSequenceNumber()).isNull();
        }
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().openShardCount())
                .isEqualTo(2);
    }

    @Test
    void records_go_to_the_child_whose_range_holds_their_key_after_a_split() {
        createStream("s", 1);
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("1000"));

        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey("999")
                .data(bytes("low"))).shardId()).isEqualTo(shardId(1));
        assertThat(kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey("1000")
                .data(bytes("high"))).shardId()).isEqualTo(shardId(2));
    }

    @Test
    void new_starting_hash_key_must_lie_more_than_one_above_the_start_and_below_the_end() {
        createStream("s", 3);
        String end0 = "113427455640312821154458202477256070484";
        String message = " used in SplitShard() on shard shardId-000000000000 in stream s" + ACCOUNT_SUFFIX
                + " is not both greater than one plus the shard's StartingHashKey 0 and less than the shard's "
                + "EndingHashKey " + end0 + ".";

        expectError(InvalidArgumentException.class, "NewStartingHashKey 1" + message,
                () -> kinesis.splitShard(b -> b.streamName("s").shardToSplit("shardId-0").newStartingHashKey("1")));
        expectError(InvalidArgumentException.class, "NewStartingHashKey " + end0 + message,
                () -> kinesis.splitShard(b -> b.streamName("s").shardToSplit("shardId-0").newStartingHashKey(end0)));
        // The smallest allowed key leaves the lower child two hash keys.
        kinesis.splitShard(b -> b.streamName("s").shardToSplit("shardId-0").newStartingHashKey("2"));
        Shard lower = kinesis.listShards(b -> b.streamName("s")).shards().get(3);
        assertThat(lower.hashKeyRange().endingHashKey()).isEqualTo("1");
    }

    @Test
    void split_shard_names_a_missing_shard_or_stream_as_aws_does() {
        createStream("s", 1);

        expectError(ResourceNotFoundException.class, "Could not find shard shardId-000000000005 in stream s"
                + ACCOUNT_SUFFIX + ".", () -> kinesis.splitShard(b -> b.streamName("s").shardToSplit("shardId-5")
                        .newStartingHashKey("10")));
        expectError(ResourceNotFoundException.class, "Could not find shard ABKLFD8 in stream s" + ACCOUNT_SUFFIX
                + ".", () -> kinesis.splitShard(b -> b.streamName("s").shardToSplit("ABKLFD8")
                        .newStartingHashKey("10")));
        expectError(ResourceNotFoundException.class, "Stream ghost" + ACCOUNT_SUFFIX + " not found.",
                () -> kinesis.splitShard(b -> b.streamName("ghost").shardToSplit(shardId(0)).newStartingHashKey("10")));
        expectError(ValidationException.class, "2 validation errors detected: Value 'x' at 'newStartingHashKey' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38}); "
                + "Value null at 'shardToSplit' failed to satisfy constraint: Member must not be null",
                () -> kinesis.splitShard(b -> b.streamName("s").newStartingHashKey("x")));
    }

    @Test
    void a_closed_shard_can_be_neither_split_nor_merged_again() {
        createStream("s", 2);
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("1000"));
        String message = "Shard shardId-000000000000 in stream s" + ACCOUNT_SUFFIX + " has already been merged or "
                + "split, and thus is not eligible for merging or splitting.";

        expectError(InvalidArgumentException.class, message,
                () -> kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("500")));
        expectError(InvalidArgumentException.class, message, () -> kinesis.mergeShards(b -> b.streamName("s")
                .shardToMerge(shardId(0)).adjacentShardToMerge(shardId(1))));
    }

    @Test
    void merge_shards_joins_two_adjacent_shards_into_a_child_with_both_as_parents() {
        createStream("s", 3);

        kinesis.mergeShards(b -> b.streamName("s").shardToMerge(shardId(0)).adjacentShardToMerge(shardId(1)));

        List<Shard> shards = kinesis.listShards(b -> b.streamName("s")).shards();
        assertThat(shards).hasSize(4);
        Shard child = shards.get(3);
        assertThat(child.shardId()).isEqualTo(shardId(3));
        assertThat(child.parentShardId()).isEqualTo(shardId(0));
        assertThat(child.adjacentParentShardId()).isEqualTo(shardId(1));
        assertThat(child.hashKeyRange().startingHashKey()).isEqualTo("0");
        assertThat(child.hashKeyRange().endingHashKey()).isEqualTo("226854911280625642308916404954512140969");
        assertThat(shards.get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
        assertThat(shards.get(1).sequenceNumberRange().endingSequenceNumber()).isNotNull();
        assertThat(shards.get(2).sequenceNumberRange().endingSequenceNumber()).isNull();
    }

    @Test
    void merge_shards_refuses_shards_that_are_not_an_adjacent_pair_in_that_order() {
        createStream("s", 3);

        expectError(InvalidArgumentException.class, "Shards shardId-000000000000 and shardId-000000000002 in stream s"
                + ACCOUNT_SUFFIX + " are not an adjacent pair of shards eligible for merging",
                () -> kinesis.mergeShards(b -> b.streamName("s").shardToMerge("shardId-0").adjacentShardToMerge("2")));
        expectError(InvalidArgumentException.class, "Shards shardId-000000000001 and shardId-000000000000 in stream s"
                + ACCOUNT_SUFFIX + " are not an adjacent pair of shards eligible for merging",
                () -> kinesis.mergeShards(b -> b.streamName("s").shardToMerge("shardId-1").adjacentShardToMerge("0")));
    }

    @Test
    void update_shard_count_doubles_by_splitting_every_shard_uniformly() {
        createStream("s", 2);

        UpdateShardCountResponse r = kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(4)
                .scalingType(ScalingType.UNIFORM_SCALING));

        assertThat(r.streamName()).isEqualTo("s");
        assertThat(r.streamARN()).isEqualTo(arn("s"));
        assertThat(r.currentShardCount()).isEqualTo(2);
        assertThat(r.targetShardCount()).isEqualTo(4);
        List<Shard> shards = kinesis.listShards(b -> b.streamName("s")).shards();
        assertThat(shards).hasSize(6);
        assertUniformOpenShards(shards, 4);
        assertThat(shards.subList(2, 6)).extracting(Shard::parentShardId)
                .containsExactly(shardId(0), shardId(0), shardId(1), shardId(1));
    }

    @Test
    void update_shard_count_halves_by_merging_neighbours() {
        createStream("s", 4);

        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(2).scalingType(ScalingType.UNIFORM_SCALING));

        List<Shard> shards = kinesis.listShards(b -> b.streamName("s")).shards();
        assertThat(shards).hasSize(6);
        assertUniformOpenShards(shards, 2);
        assertThat(shards.get(4).parentShardId()).isEqualTo(shardId(0));
        assertThat(shards.get(4).adjacentParentShardId()).isEqualTo(shardId(1));
        assertThat(shards.get(5).parentShardId()).isEqualTo(shardId(2));
        assertThat(shards.get(5).adjacentParentShardId()).isEqualTo(shardId(3));
    }

    @Test
    void update_shard_count_to_a_count_that_is_no_multiple_keeps_every_shard_with_two_adjacent_parents_at_most() {
        createStream("s", 3);

        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(4).scalingType(ScalingType.UNIFORM_SCALING));

        List<Shard> shards = kinesis.listShards(b -> b.streamName("s")).shards();
        assertUniformOpenShards(shards, 4);
        Map<String, Shard> byId = shards.stream().collect(Collectors.toMap(Shard::shardId, Function.identity()));
        for (Shard s : shards.subList(3, shards.size())) {
            Shard parent = byId.get(s.parentShardId());
            assertThat(parent.sequenceNumberRange().endingSequenceNumber()).as("parent of %s closed", s.shardId())
                    .isNotNull();
            if (s.adjacentParentShardId() != null) {
                Shard adjacent = byId.get(s.adjacentParentShardId());
                assertThat(new BigInteger(parent.hashKeyRange().endingHashKey()).add(BigInteger.ONE))
                        .isEqualTo(new BigInteger(adjacent.hashKeyRange().startingHashKey()));
            }
        }
    }

    @Test
    void update_shard_count_scales_at_most_to_double_and_at_least_to_half_per_call() {
        createStream("s", 4);

        expectError(LimitExceededException.class, "UpdateShardCount cannot scale up over double your current open "
                + "shard count. Current open shard count: 4, Target shard count: 9", () -> kinesis.updateShardCount(
                        b -> b.streamName("s").targetShardCount(9).scalingType(ScalingType.UNIFORM_SCALING)));
        expectError(LimitExceededException.class, "UpdateShardCount cannot scale down below half your current open "
                + "shard count. Current open shard count: 4, Target shard count: 1", () -> kinesis.updateShardCount(
                        b -> b.streamName("s").targetShardCount(1).scalingType(ScalingType.UNIFORM_SCALING)));
        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(8).scalingType(ScalingType.UNIFORM_SCALING));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().openShardCount())
                .isEqualTo(8);
    }

    @Test
    void update_shard_count_stays_within_the_account_shard_limit() {
        createStream("big", 400);
        createStream("s", 60);

        expectError(LimitExceededException.class, "Target shard count or number of open shards cannot be greater "
                + "than 500. Current open shard count: 60, Target shard count: 101", () -> kinesis.updateShardCount(
                        b -> b.streamName("s").targetShardCount(101).scalingType(ScalingType.UNIFORM_SCALING)));
        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(100).scalingType(ScalingType.UNIFORM_SCALING));
    }

    @Test
    void split_shard_beyond_the_shard_limit_fails_with_limit_exceeded() {
        createStream("big", 500);

        expectError(LimitExceededException.class, "This request would exceed the shard limit for the account "
                + ACCOUNT + " in us-east-1. Current shard count for the account: 500. Limit: 500. Number of "
                + "additional shards that would have resulted from this request: 1. Refer to the AWS Service Limits "
                + "page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits "
                + "and how to request higher limits.",
                () -> kinesis.splitShard(b -> b.streamName("big").shardToSplit(shardId(0)).newStartingHashKey("5")));
    }

    @Test
    void provisioned_only_operations_refuse_an_on_demand_stream() {
        kinesis.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        String message = "Request is invalid. Stream od" + ACCOUNT_SUFFIX + " is in On-Demand mode.";

        expectError(ValidationException.class, message, () -> kinesis.updateShardCount(b -> b.streamName("od")
                .targetShardCount(8).scalingType(ScalingType.UNIFORM_SCALING)));
        expectError(ValidationException.class, message, () -> kinesis.splitShard(b -> b.streamName("od")
                .shardToSplit(shardId(0)).newStartingHashKey("10")));
        expectError(ValidationException.class, message, () -> kinesis.mergeShards(b -> b.streamName("od")
                .shardToMerge(shardId(0)).adjacentShardToMerge(shardId(1))));
    }

    @Test
    void resharding_calls_accept_the_stream_arn() {
        createStream("s", 2);

        kinesis.splitShard(b -> b.streamARN(arn("s")).shardToSplit(shardId(0)).newStartingHashKey("10"));
        kinesis.mergeShards(b -> b.streamARN(arn("s")).shardToMerge(shardId(2)).adjacentShardToMerge(shardId(3)));
        kinesis.updateShardCount(b -> b.streamARN(arn("s")).targetShardCount(4)
                .scalingType(ScalingType.UNIFORM_SCALING));

        assertThat(kinesis.describeStreamSummary(b -> b.streamARN(arn("s"))).streamDescriptionSummary()
                .openShardCount()).isEqualTo(4);
    }

    @Test
    void update_shard_count_and_merge_shards_need_their_members_in_aws_order() {
        expectError(ValidationException.class, "2 validation errors detected: Value null at 'scalingType' failed to "
                + "satisfy constraint: Member must not be null; Value null at 'targetShardCount' failed to satisfy "
                + "constraint: Member must not be null", () -> kinesis.updateShardCount(b -> b.streamName("s")));
        expectError(ValidationException.class, "2 validation errors detected: Value 'HALVE' at 'scalingType' failed "
                + "to satisfy constraint: Member must satisfy enum value set: [UNIFORM_SCALING]; Value '0' at "
                + "'targetShardCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
                () -> kinesis.updateShardCount(b -> b.streamName("s").scalingType("HALVE").targetShardCount(0)));
        expectError(ValidationException.class, "3 validation errors detected: Value '' at 'shardToMerge' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at "
                + "'shardToMerge' failed to satisfy constraint: Member must have length greater than or equal to 1; "
                + "Value null at 'adjacentShardToMerge' failed to satisfy constraint: Member must not be null",
                () -> kinesis.mergeShards(b -> b.streamName("s").shardToMerge("")));
    }

    /** The open shards are {@code n} and split the whole hash-key space evenly, as CreateStream would. */
    static void assertUniformOpenShards(List<Shard> shards, int n) {
        List<Shard> open = shards.stream().filter(s -> s.sequenceNumberRange().endingSequenceNumber() == null)
                .sorted((a, b) -> new BigInteger(a.hashKeyRange().startingHashKey())
                        .compareTo(new BigInteger(b.hashKeyRange().startingHashKey())))
                .toList();
        assertThat(open).hasSize(n);
        BigInteger step = MAX.add(BigInteger.ONE).divide(BigInteger.valueOf(n));
        for (int i = 0; i < n; i++) {
            BigInteger start = step.multiply(BigInteger.valueOf(i));
            BigInteger end = i == n - 1 ? MAX : start.add(step).subtract(BigInteger.ONE);
            assertThat(open.get(i).hashKeyRange().startingHashKey()).isEqualTo(start.toString());
            assertThat(open.get(i).hashKeyRange().endingHashKey()).isEqualTo(end.toString());
        }
    }

    static software.amazon.awssdk.core.SdkBytes bytes(String s) {
        return software.amazon.awssdk.core.SdkBytes.fromUtf8String(s);
    }
}
