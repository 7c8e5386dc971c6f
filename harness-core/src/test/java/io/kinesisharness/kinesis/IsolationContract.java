package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.KinesisClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** Each account (a 12-digit access key) and region (the signature's scope) has its own streams. */
abstract class IsolationContract extends KinesisContract {

    private KinesisClient accountOne;
    private KinesisClient accountTwo;
    private KinesisClient accountOneInEurope;

    @BeforeAll
    void createClients() {
        accountOne = KinesisClients.create(harness, wire(), contentTypes, "111111111111", "us-east-1");
        accountTwo = KinesisClients.create(harness, wire(), contentTypes, "222222222222", "us-east-1");
        accountOneInEurope = KinesisClients.create(harness, wire(), contentTypes, "111111111111", "eu-west-1");
    }

    @AfterAll
    void closeClients() {
        for (KinesisClient c : List.of(accountOne, accountTwo, accountOneInEurope)) {
            c.close();
        }
    }

    @Test
    void accounts_do_not_see_each_others_streams() {
        accountOne.createStream(b -> b.streamName("shared").shardCount(1));

        assertThat(accountTwo.listStreams().streamNames()).isEmpty();
        assertThat(kinesis.listStreams().streamNames()).isEmpty();
        expectError(ResourceNotFoundException.class, "Stream shared under account 222222222222 not found.",
                () -> accountTwo.describeStream(b -> b.streamName("shared")));
        assertThat(accountOne.listStreams().streamNames()).containsExactly("shared");
    }

    @Test
    void regions_of_one_account_do_not_see_each_others_streams() {
        accountOne.createStream(b -> b.streamName("regional").shardCount(1));

        assertThat(accountOneInEurope.listStreams().streamNames()).isEmpty();
        expectError(ResourceNotFoundException.class, "Stream regional under account 111111111111 not found.",
                () -> accountOneInEurope.describeStreamSummary(b -> b.streamName("regional")));
    }

    @Test
    void the_same_name_in_two_accounts_and_regions_is_three_streams_with_their_own_arns_and_records() {
        accountOne.createStream(b -> b.streamName("orders").shardCount(1));
        accountTwo.createStream(b -> b.streamName("orders").shardCount(2));
        accountOneInEurope.createStream(b -> b.streamName("orders").shardCount(3));

        assertThat(accountOne.describeStream(b -> b.streamName("orders")).streamDescription().streamARN())
                .isEqualTo("arn:aws:kinesis:us-east-1:111111111111:stream/orders");
        assertThat(accountTwo.describeStream(b -> b.streamName("orders")).streamDescription().streamARN())
                .isEqualTo("arn:aws:kinesis:us-east-1:222222222222:stream/orders");
        assertThat(accountOneInEurope.describeStreamSummary(b -> b.streamName("orders")).streamDescriptionSummary()
                .streamARN()).isEqualTo("arn:aws:kinesis:eu-west-1:111111111111:stream/orders");
        assertThat(accountOneInEurope.listStreams().streamSummaries().get(0).streamARN())
                .isEqualTo("arn:aws:kinesis:eu-west-1:111111111111:stream/orders");

        accountOne.putRecord(b -> b.streamName("orders").partitionKey("k").data(SdkBytes.fromUtf8String("one")));
        for (KinesisClient other : List.of(accountTwo, accountOneInEurope)) {
            String it = other.getShardIterator(b -> b.streamName("orders").shardId(shardId(0))
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            assertThat(other.getRecords(b -> b.shardIterator(it)).records()).isEmpty();
        }
    }

    @Test
    void a_shard_iterator_is_only_valid_where_it_was_issued() {
        accountOne.createStream(b -> b.streamName("s").shardCount(1));
        accountTwo.createStream(b -> b.streamName("s").shardCount(1));
        String it = accountOne.getShardIterator(b -> b.streamName("s").shardId(shardId(0))
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();

        expectError(InvalidArgumentException.class, "Invalid ShardIterator.",
                () -> accountTwo.getRecords(b -> b.shardIterator(it)));
        expectError(InvalidArgumentException.class, "Invalid ShardIterator.",
                () -> accountOneInEurope.getRecords(b -> b.shardIterator(it)));
        assertThat(accountOne.getRecords(b -> b.shardIterator(it)).records()).isEmpty();
    }

    @Test
    void an_access_key_that_is_no_account_id_acts_in_the_default_account() {
        kinesis.createStream(b -> b.streamName("default").shardCount(1));
        try (KinesisClient named = KinesisClients.create(harness, wire(), contentTypes, "AKIAIOSFODNN7EXAMPLE",
                REGION)) {
            assertThat(named.describeStreamSummary(b -> b.streamName("default")).streamDescriptionSummary()
                    .streamARN()).isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/default");
        }
    }

    @Test
    void the_shard_limit_applies_per_account_and_region() {
        accountOne.createStream(b -> b.streamName("big").shardCount(500));

        accountTwo.createStream(b -> b.streamName("big").shardCount(500));
        accountOneInEurope.createStream(b -> b.streamName("big").shardCount(500));

        assertThat(accountTwo.describeStreamSummary(b -> b.streamName("big")).streamDescriptionSummary()
                .openShardCount()).isEqualTo(500);
    }

    @Test
    void tags_of_same_named_streams_in_two_accounts_and_regions_stay_apart() {
        for (KinesisClient c : List.of(accountOne, accountTwo, accountOneInEurope)) {
            c.createStream(b -> b.streamName("tagged").shardCount(1));
        }

        accountOne.addTagsToStream(b -> b.streamName("tagged").tags(java.util.Map.of("owner", "one")));
        accountTwo.tagResource(b -> b.resourceARN("arn:aws:kinesis:us-east-1:222222222222:stream/tagged")
                .tags(java.util.Map.of("owner", "two")));

        assertThat(accountOne.listTagsForStream(b -> b.streamName("tagged")).tags())
                .extracting(t -> t.value()).containsExactly("one");
        assertThat(accountTwo.listTagsForStream(b -> b.streamName("tagged")).tags())
                .extracting(t -> t.value()).containsExactly("two");
        assertThat(accountOneInEurope.listTagsForStream(b -> b.streamName("tagged")).tags()).isEmpty();
    }

    @Test
    void describe_limits_counts_only_the_callers_account_and_region() {
        accountOne.createStream(b -> b.streamName("a").shardCount(7));
        accountTwo.createStream(b -> b.streamName("b").shardCount(2));

        assertThat(accountOne.describeLimits().openShardCount()).isEqualTo(7);
        assertThat(accountTwo.describeLimits().openShardCount()).isEqualTo(2);
        assertThat(accountOneInEurope.describeLimits().openShardCount()).isZero();
    }

    @Test
    void account_settings_belong_to_one_account_in_one_region() {
        accountOne.updateAccountSettings(b -> b.minimumThroughputBillingCommitment(c -> c.status(
                software.amazon.awssdk.services.kinesis.model.MinimumThroughputBillingCommitmentInputStatus.ENABLED)));

        assertThat(accountOne.describeAccountSettings(b -> { }).minimumThroughputBillingCommitment().statusAsString())
                .isEqualTo("ENABLED");
        assertThat(accountTwo.describeAccountSettings(b -> { }).minimumThroughputBillingCommitment().statusAsString())
                .isEqualTo("DISABLED");
        assertThat(accountOneInEurope.describeAccountSettings(b -> { }).minimumThroughputBillingCommitment()
                .statusAsString()).isEqualTo("DISABLED");
    }

    @Test
    void channels_and_resource_policies_are_per_account() {
        for (KinesisClient c : List.of(accountOne, accountTwo)) {
            c.createStream(b -> b.streamName("od").streamModeDetails(m -> m.streamMode(
                    software.amazon.awssdk.services.kinesis.model.StreamMode.ON_DEMAND)));
        }
        accountOne.createChannel(b -> b.channelName("c").serviceExecutionRoleARN("arn:aws:iam::111111111111:role/r")
                .streamConfigurationList(s -> s.streamARN("arn:aws:kinesis:us-east-1:111111111111:stream/od"))
                .s3DestinationConfiguration(d -> d.storageConfiguration(s -> s.bucketARN("arn:aws:s3:::b"))));
        accountOne.putResourcePolicy(b -> b.resourceARN("arn:aws:kinesis:us-east-1:111111111111:stream/od")
                .policy("{\"Version\":\"2012-10-17\"}"));

        assertThat(accountOne.listChannels(b -> { }).channelSummaries()).hasSize(1);
        assertThat(accountTwo.listChannels(b -> { }).channelSummaries()).isEmpty();
        assertThat(accountTwo.getResourcePolicy(b -> b.resourceARN(
                "arn:aws:kinesis:us-east-1:222222222222:stream/od")).policy()).isEqualTo("{}");
    }
}
