package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.MinimumThroughputBillingCommitmentInputStatus;
import software.amazon.awssdk.services.kinesis.model.MinimumThroughputBillingCommitmentOutput;
import software.amazon.awssdk.services.kinesis.model.MinimumThroughputBillingCommitmentOutputStatus;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** DescribeLimits, the account settings and resource policies. */
abstract class AccountContract extends KinesisContract {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"kinesis:GetRecords\","
            + "\"Resource\":\"*\"}]}";

    @Test
    void describe_limits_counts_open_shards_and_on_demand_streams() {
        createStream("p", 3);
        kinesis.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        kinesis.splitShard(b -> b.streamName("p").shardToSplit(shardId(0)).newStartingHashKey("10"));

        DescribeLimitsResponse limits = kinesis.describeLimits();

        assertThat(limits.shardLimit()).isEqualTo(500);
        assertThat(limits.openShardCount()).isEqualTo(3 + 1 + 4);
        assertThat(limits.onDemandStreamCount()).isEqualTo(1);
        assertThat(limits.onDemandStreamCountLimit()).isEqualTo(50);
        assertThat(limits.channelCount()).isZero();
    }

    @Test
    void a_new_account_has_no_billing_commitment() {
        MinimumThroughputBillingCommitmentOutput c = kinesis.describeAccountSettings(b -> { })
                .minimumThroughputBillingCommitment();

        assertThat(c.status()).isEqualTo(MinimumThroughputBillingCommitmentOutputStatus.DISABLED);
        assertThat(c.startedAt()).isNull();
        assertThat(c.earliestAllowedEndAt()).isNull();
    }

    @Test
    void a_commitment_runs_at_least_24_hours_and_a_disable_before_then_ends_it_on_time() {
        Instant start = harness.clock().now();
        MinimumThroughputBillingCommitmentOutput enabled = update(MinimumThroughputBillingCommitmentInputStatus.ENABLED);
        assertThat(enabled.status()).isEqualTo(MinimumThroughputBillingCommitmentOutputStatus.ENABLED);
        assertThat(enabled.startedAt()).isEqualTo(start);
        assertThat(enabled.earliestAllowedEndAt()).isEqualTo(start.plus(Duration.ofHours(24)));

        harness.clock().advance(Duration.ofHours(1));
        MinimumThroughputBillingCommitmentOutput pending = update(MinimumThroughputBillingCommitmentInputStatus.DISABLED);
        assertThat(pending.status())
                .isEqualTo(MinimumThroughputBillingCommitmentOutputStatus.ENABLED_UNTIL_EARLIEST_ALLOWED_END);

        harness.clock().advance(Duration.ofHours(23));
        MinimumThroughputBillingCommitmentOutput ended = kinesis.describeAccountSettings(b -> { })
                .minimumThroughputBillingCommitment();
        assertThat(ended.status()).isEqualTo(MinimumThroughputBillingCommitmentOutputStatus.DISABLED);
        assertThat(ended.endedAt()).isEqualTo(start.plus(Duration.ofHours(24)));
    }

    @Test
    void enabling_again_before_the_earliest_end_cancels_the_pending_disable() {
        update(MinimumThroughputBillingCommitmentInputStatus.ENABLED);
        update(MinimumThroughputBillingCommitmentInputStatus.DISABLED);

        assertThat(update(MinimumThroughputBillingCommitmentInputStatus.ENABLED).status())
                .isEqualTo(MinimumThroughputBillingCommitmentOutputStatus.ENABLED);
        harness.clock().advance(Duration.ofDays(2));
        assertThat(kinesis.describeAccountSettings(b -> { }).minimumThroughputBillingCommitment().status())
                .isEqualTo(MinimumThroughputBillingCommitmentOutputStatus.ENABLED);
    }

    @Test
    void update_account_settings_needs_a_status_from_the_enum() {
        expectError(ValidationException.class, "1 validation error detected: Value null at "
                + "'minimumThroughputBillingCommitment' failed to satisfy constraint: Member must not be null",
                () -> kinesis.updateAccountSettings(b -> { }));
        expectError(ValidationException.class, "1 validation error detected: Value 'SOMETIMES' at "
                + "'minimumThroughputBillingCommitment.status' failed to satisfy constraint: Member must satisfy enum "
                + "value set: [ENABLED, DISABLED]", () -> kinesis.updateAccountSettings(b -> b
                        .minimumThroughputBillingCommitment(c -> c.status("SOMETIMES"))));
    }

    @Test
    void a_resource_policy_is_stored_read_back_and_deleted() {
        createStream("s", 1);

        assertThat(kinesis.getResourcePolicy(b -> b.resourceARN(arn("s"))).policy()).isEqualTo("{}");
        kinesis.putResourcePolicy(b -> b.resourceARN(arn("s")).policy(POLICY));
        assertThat(kinesis.getResourcePolicy(b -> b.resourceARN(arn("s"))).policy()).isEqualTo(POLICY);
        kinesis.deleteResourcePolicy(b -> b.resourceARN(arn("s")));
        assertThat(kinesis.getResourcePolicy(b -> b.resourceARN(arn("s"))).policy()).isEqualTo("{}");
    }

    @Test
    void resource_policies_need_an_existing_stream_and_a_json_document() {
        createStream("s", 1);

        expectError(ResourceNotFoundException.class, "Stream ghost under account " + ACCOUNT + " not found.",
                () -> kinesis.putResourcePolicy(b -> b.resourceARN(arn("ghost")).policy(POLICY)));
        expectError(ResourceNotFoundException.class, "Stream ghost under account " + ACCOUNT + " not found.",
                () -> kinesis.getResourcePolicy(b -> b.resourceARN(arn("ghost"))));
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.putResourcePolicy(b -> b.resourceARN(arn("s")).policy("not json")));
        expectError(ValidationException.class, "1 validation error detected: Value null at 'policy' failed to "
                + "satisfy constraint: Member must not be null",
                () -> kinesis.putResourcePolicy(b -> b.resourceARN(arn("s"))));
    }

    @Test
    void deleting_a_stream_drops_its_tags_and_policy() {
        createStream("s", 1);
        kinesis.addTagsToStream(b -> b.streamName("s").tags(java.util.Map.of("a", "b")));
        kinesis.putResourcePolicy(b -> b.resourceARN(arn("s")).policy(POLICY));
        kinesis.deleteStream(b -> b.streamName("s"));

        createStream("s", 1);

        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).isEmpty();
        assertThat(kinesis.getResourcePolicy(b -> b.resourceARN(arn("s"))).policy()).isEqualTo("{}");
    }

    private MinimumThroughputBillingCommitmentOutput update(MinimumThroughputBillingCommitmentInputStatus status) {
        return kinesis.updateAccountSettings(b -> b.minimumThroughputBillingCommitment(c -> c.status(status)))
                .minimumThroughputBillingCommitment();
    }
}
