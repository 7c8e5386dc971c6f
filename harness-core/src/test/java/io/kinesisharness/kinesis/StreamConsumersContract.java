package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.SubscriptionRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.Consumer;
import software.amazon.awssdk.services.kinesis.model.ConsumerDescription;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;

/**
 * Registering, describing and deregistering consumers: statuses on the harness clock, naming by ARN or by stream
 * and name, name reuse, ConsumerCount, EnforceConsumerDeletion, and subscriptions refused while CREATING.
 */
abstract class StreamConsumersContract extends ConsumerRegistryContract {

    @Test
    void register_answers_a_creating_consumer_whose_arn_ends_with_its_creation_second() {
        createStream("s", 1);
        harness.clock().advance(Duration.ofMillis(1500));

        Consumer c = kinesis.registerStreamConsumer(b -> b.streamARN(arn("s")).consumerName("app")).consumer();

        Instant created = START.plusMillis(1500);
        assertThat(c.consumerName()).isEqualTo("app");
        assertThat(c.consumerARN()).isEqualTo(arn("s") + "/consumer/app:" + created.getEpochSecond());
        assertThat(c.consumerStatus()).isEqualTo(ConsumerStatus.CREATING);
        assertThat(c.consumerCreationTimestamp()).isEqualTo(created);
    }

    @Test
    void a_consumer_is_creating_then_active_then_deleting_then_gone_on_the_harness_clock() {
        createStream("s", 1);
        String arn = register("s", "app");

        harness.clock().advance(REGISTER_DELAY.minusMillis(1));
        assertThat(describe(arn).consumerStatus()).isEqualTo(ConsumerStatus.CREATING);
        harness.clock().advance(Duration.ofMillis(1));
        assertThat(describe(arn).consumerStatus()).isEqualTo(ConsumerStatus.ACTIVE);

        kinesis.deregisterStreamConsumer(b -> b.consumerARN(arn));
        assertThat(describe(arn).consumerStatus()).isEqualTo(ConsumerStatus.DELETING);
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn("s"))).consumers())
                .extracting(Consumer::consumerStatus).containsExactly(ConsumerStatus.DELETING);
        harness.clock().advance(DEREGISTER_DELAY.minusMillis(1));
        assertThat(describe(arn).consumerStatus()).isEqualTo(ConsumerStatus.DELETING);
        harness.clock().advance(Duration.ofMillis(1));

        expectError(ResourceNotFoundException.class, "Consumer " + arn + ", account " + ACCOUNT + " not found.",
                () -> describe(arn));
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn("s"))).consumers()).isEmpty();
    }

    @Test
    void describe_names_the_consumer_by_arn_by_stream_and_name_or_by_all_three() {
        createStream("s", 1);
        String arn = register("s", "app");

        ConsumerDescription byArn = describe(arn);
        ConsumerDescription byName = kinesis.describeStreamConsumer(b -> b.streamARN(arn("s")).consumerName("app"))
                .consumerDescription();
        ConsumerDescription byAll = kinesis.describeStreamConsumer(b -> b.consumerARN(arn).streamARN(arn("s"))
                .consumerName("app")).consumerDescription();

        assertThat(byArn).isEqualTo(byName).isEqualTo(byAll);
        assertThat(byArn.consumerName()).isEqualTo("app");
        assertThat(byArn.consumerARN()).isEqualTo(arn);
        assertThat(byArn.streamARN()).isEqualTo(arn("s"));
        assertThat(byArn.consumerCreationTimestamp()).isEqualTo(START);
    }

    @Test
    void describe_and_deregister_need_an_arn_or_a_stream_and_name_that_agree() {
        createStream("s", 1);
        String arn = register("s", "app");

        expectError(InvalidArgumentException.class,
                "Either ConsumerARN or both StreamARN and ConsumerName must be provided.",
                () -> kinesis.describeStreamConsumer(b -> b.consumerName("app")));
        expectError(InvalidArgumentException.class,
                "Either ConsumerARN or both StreamARN and ConsumerName must be provided.",
                () -> kinesis.deregisterStreamConsumer(b -> b.streamARN(arn("s"))));
        expectError(InvalidArgumentException.class, "ConsumerARN " + arn
                        + " does not match the StreamARN and ConsumerName given with it.",
                () -> kinesis.describeStreamConsumer(b -> b.consumerARN(arn).consumerName("other")));
        expectError(ResourceNotFoundException.class, "Consumer nobody, account " + ACCOUNT + " not found.",
                () -> kinesis.describeStreamConsumer(b -> b.streamARN(arn("s")).consumerName("nobody")));
        expectError(ResourceNotFoundException.class, "Stream missing under account " + ACCOUNT + " not found.",
                () -> kinesis.describeStreamConsumer(b -> b.streamARN(arn("missing")).consumerName("app")));
    }

    @Test
    void only_an_active_consumer_can_be_deregistered() {
        createStream("s", 1);
        String arn = register("s", "app");

        expectError(ResourceInUseException.class, "Consumer app with creation timestamp "
                        + START.getEpochSecond() + " under stream s and account " + ACCOUNT
                        + " is not in ACTIVE status.",
                () -> kinesis.deregisterStreamConsumer(b -> b.consumerARN(arn)));
        harness.clock().advance(REGISTER_DELAY);
        kinesis.deregisterStreamConsumer(b -> b.streamARN(arn("s")).consumerName("app"));
        expectErrorCode(ResourceInUseException.class, "ResourceInUseException",
                () -> kinesis.deregisterStreamConsumer(b -> b.consumerARN(arn)));
    }

    @Test
    void a_name_is_taken_until_its_consumer_is_gone_and_then_comes_back_with_a_new_arn() {
        createStream("s", 1);
        String first = register("s", "app");

        expectError(ResourceInUseException.class, "Consumer " + first + " already exists.",
                () -> register("s", "app"));
        harness.clock().advance(REGISTER_DELAY);
        kinesis.deregisterStreamConsumer(b -> b.consumerARN(first));
        expectErrorCode(ResourceInUseException.class, "ResourceInUseException", () -> register("s", "app"));
        harness.clock().advance(DEREGISTER_DELAY);

        String second = register("s", "app");

        // Registered within the same second as the first would have been: the ARN still differs.
        assertThat(second).isNotEqualTo(first).startsWith(arn("s") + "/consumer/app:");
        expectErrorCode(ResourceNotFoundException.class, "ResourceNotFoundException", () -> describe(first));
        assertThat(describe(second).consumerStatus()).isEqualTo(ConsumerStatus.CREATING);
    }

    @Test
    void names_are_per_stream() {
        createStream("a", 1);
        createStream("b", 1);

        String onA = register("a", "app");
        String onB = register("b", "app");

        assertThat(onA).isEqualTo(arn("a") + "/consumer/app:" + START.getEpochSecond());
        assertThat(onB).isEqualTo(arn("b") + "/consumer/app:" + START.getEpochSecond());
    }

    @Test
    void describe_stream_summary_counts_the_registered_consumers() {
        createStream("s", 1);
        assertThat(consumerCount("s")).isZero();
        String arn = register("s", "a");
        register("s", "b");
        assertThat(consumerCount("s")).isEqualTo(2);

        harness.clock().advance(REGISTER_DELAY);
        kinesis.deregisterStreamConsumer(b -> b.consumerARN(arn));
        harness.clock().advance(DEREGISTER_DELAY);
        assertThat(consumerCount("s")).isEqualTo(1);
    }

    @Test
    void deleting_a_stream_with_consumers_needs_enforce_consumer_deletion() {
        createStream("s", 1);
        String arn = register("s", "app");

        expectError(ResourceInUseException.class, "DeleteStream can\u2019t delete " + ACCOUNT + ":s because there "
                        + "are consumers associated with this data stream. To delete s anyway, set the "
                        + "EnforceConsumerDeletion parameter to true to force the deletion of all the consumers "
                        + "that are associated with it.",
                () -> kinesis.deleteStream(b -> b.streamName("s")));
        expectErrorCode(ResourceInUseException.class, "ResourceInUseException",
                () -> kinesis.deleteStream(b -> b.streamName("s").enforceConsumerDeletion(false)));

        kinesis.deleteStream(b -> b.streamName("s").enforceConsumerDeletion(true));

        expectErrorCode(ResourceNotFoundException.class, "ResourceNotFoundException", () -> describe(arn));
    }

    @Test
    void register_needs_an_existing_stream() {
        expectError(ResourceNotFoundException.class, "Stream missing under account " + ACCOUNT + " not found.",
                () -> register("missing", "app"));
    }

    @Test
    void subscribing_with_a_consumer_that_is_not_active_yet_is_refused_before_streaming() throws Exception {
        createStream("s", 1);
        String arn = register("s", "app");
        ContentTypeRecorder ignored = new ContentTypeRecorder();
        try (KinesisAsyncClient async = AsyncKinesisClients.create(harness, wire(),
                AsyncKinesisClients.Transport.H2C_PRIOR_KNOWLEDGE, ignored)) {
            expectError(ResourceInUseException.class, "Consumer app with creation timestamp "
                            + START.getEpochSecond() + " under stream: s , account " + ACCOUNT
                            + " is not in ACTIVE status.",
                    () -> {
                        try {
                            async.subscribeToShard(SubscribeToShardContract.request(arn, shardId(0),
                                    StartingPosition.builder().type("LATEST").build()),
                                    new SubscriptionRecorder()).join();
                        } catch (CompletionException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
