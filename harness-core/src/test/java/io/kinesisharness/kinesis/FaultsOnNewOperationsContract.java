package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kinesisharness.FaultRule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.MetricsName;
import software.amazon.awssdk.services.kinesis.model.MinimumThroughputBillingCommitmentInputStatus;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.StreamMode;

/** Fault rules match the operations added for the full API by name, like the data-plane ones. */
abstract class FaultsOnNewOperationsContract extends KinesisContract {

    @Test
    void a_counted_error_rule_fails_the_next_split_shard_only() {
        createStream("s", 1);
        harness.admin().faults().add(FaultRule.error("SplitShard", "LimitExceededException").times(1));

        expectError(LimitExceededException.class, "Rate exceeded", () -> kinesis.splitShard(b -> b.streamName("s")
                .shardToSplit(shardId(0)).newStartingHashKey("10")));
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10"));

        assertThat(kinesis.listShards(b -> b.streamName("s")).shards()).hasSize(3);
        assertThat(harness.admin().faults().rules()).isEmpty();
    }

    @Test
    void an_injected_error_leaves_the_state_untouched() {
        createStream("s", 1);
        harness.admin().faults().add(FaultRule.error("AddTagsToStream", "ResourceInUseException")
                .withMessage("busy").times(1));

        expectError(ResourceInUseException.class, "busy",
                () -> kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("a", "b"))));

        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).isEmpty();
    }

    @Test
    void every_new_operation_can_be_made_to_fail_by_its_name() {
        kinesis.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        createStream("p", 2);
        String channel = "arn:aws:kinesis:us-east-1:" + ACCOUNT + ":channel/c";

        for (Map.Entry<String, ThrowingCallable> call : calls(channel).entrySet()) {
            harness.admin().faults().add(FaultRule.error(call.getKey(), "InternalFailure").times(1));

            Throwable thrown = catchThrowable(call.getValue());

            assertThat(thrown).as(call.getKey()).isInstanceOf(AwsServiceException.class);
            AwsServiceException e = (AwsServiceException) thrown;
            assertThat(e.awsErrorDetails().errorCode()).as(call.getKey()).isEqualTo("InternalFailure");
            assertThat(e.statusCode()).as(call.getKey()).isEqualTo(500);
            assertThat(harness.admin().faults().rules()).as(call.getKey() + " used its rule").isEmpty();
        }
    }

    private Map<String, ThrowingCallable> calls(String channel) {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("SplitShard", () -> kinesis.splitShard(b -> b.streamName("p").shardToSplit(shardId(0))
                .newStartingHashKey("10")));
        calls.put("MergeShards", () -> kinesis.mergeShards(b -> b.streamName("p").shardToMerge(shardId(0))
                .adjacentShardToMerge(shardId(1))));
        calls.put("UpdateShardCount", () -> kinesis.updateShardCount(b -> b.streamName("p").targetShardCount(4)
                .scalingType(ScalingType.UNIFORM_SCALING)));
        calls.put("UpdateStreamMode", () -> kinesis.updateStreamMode(b -> b.streamARN(arn("p"))
                .streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND))));
        calls.put("UpdateStreamRecordDistributionStrategy", () -> kinesis.updateStreamRecordDistributionStrategy(b -> b
                .streamARN(arn("od")).recordDistributionStrategy("AUTO")));
        calls.put("UpdateStreamWarmThroughput", () -> kinesis.updateStreamWarmThroughput(b -> b.streamName("od")
                .warmThroughputMiBps(1)));
        calls.put("UpdateMaxRecordSize", () -> kinesis.updateMaxRecordSize(b -> b.streamARN(arn("p"))
                .maxRecordSizeInKiB(2048)));
        calls.put("StartStreamEncryption", () -> kinesis.startStreamEncryption(b -> b.streamName("p")
                .encryptionType(EncryptionType.KMS).keyId("k")));
        calls.put("StopStreamEncryption", () -> kinesis.stopStreamEncryption(b -> b.streamName("p")
                .encryptionType(EncryptionType.KMS).keyId("k")));
        calls.put("EnableEnhancedMonitoring", () -> kinesis.enableEnhancedMonitoring(b -> b.streamName("p")
                .shardLevelMetrics(MetricsName.ALL)));
        calls.put("DisableEnhancedMonitoring", () -> kinesis.disableEnhancedMonitoring(b -> b.streamName("p")
                .shardLevelMetrics(MetricsName.ALL)));
        calls.put("AddTagsToStream", () -> kinesis.addTagsToStream(b -> b.streamName("p").tags(Map.of("a", "b"))));
        calls.put("RemoveTagsFromStream", () -> kinesis.removeTagsFromStream(b -> b.streamName("p").tagKeys("a")));
        calls.put("ListTagsForStream", () -> kinesis.listTagsForStream(b -> b.streamName("p")));
        calls.put("TagResource", () -> kinesis.tagResource(b -> b.resourceARN(arn("p")).tags(Map.of("a", "b"))));
        calls.put("UntagResource", () -> kinesis.untagResource(b -> b.resourceARN(arn("p")).tagKeys("a")));
        calls.put("ListTagsForResource", () -> kinesis.listTagsForResource(b -> b.resourceARN(arn("p"))));
        calls.put("PutResourcePolicy", () -> kinesis.putResourcePolicy(b -> b.resourceARN(arn("p")).policy("{}")));
        calls.put("GetResourcePolicy", () -> kinesis.getResourcePolicy(b -> b.resourceARN(arn("p"))));
        calls.put("DeleteResourcePolicy", () -> kinesis.deleteResourcePolicy(b -> b.resourceARN(arn("p"))));
        calls.put("DescribeLimits", () -> kinesis.describeLimits());
        calls.put("DescribeAccountSettings", () -> kinesis.describeAccountSettings(b -> { }));
        calls.put("UpdateAccountSettings", () -> kinesis.updateAccountSettings(b -> b
                .minimumThroughputBillingCommitment(c -> c.status(MinimumThroughputBillingCommitmentInputStatus.ENABLED))));
        calls.put("CreateChannel", () -> kinesis.createChannel(b -> b.channelName("c").serviceExecutionRoleARN("r")
                .streamConfigurationList(c -> c.streamARN(arn("od")))
                .s3DestinationConfiguration(d -> d.storageConfiguration(s -> s.bucketARN("arn:aws:s3:::b")))));
        calls.put("DescribeChannel", () -> kinesis.describeChannel(b -> b.channelARN(channel)));
        calls.put("UpdateChannel", () -> kinesis.updateChannel(b -> b.channelARN(channel)));
        calls.put("ListChannels", () -> kinesis.listChannels(b -> { }));
        calls.put("DeleteChannel", () -> kinesis.deleteChannel(b -> b.channelARN(channel)));
        return calls;
    }
}
