package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.Consumer;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.ExpiredNextTokenException;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ListStreamConsumersResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** ListStreamConsumers paging and tokens, the consumer limits, and shape validation of the consumer calls. */
abstract class ConsumerListingContract extends ConsumerRegistryContract {

    @Test
    void list_pages_in_registration_order_with_max_results_and_next_token() {
        createStream("s", 1);
        for (String name : List.of("e", "d", "c", "b", "a")) {
            register("s", name);
        }

        ListStreamConsumersResponse first = kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).maxResults(2));
        ListStreamConsumersResponse second = kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).maxResults(2)
                .nextToken(first.nextToken()));
        ListStreamConsumersResponse third = kinesis.listStreamConsumers(b -> b.streamARN(arn("s"))
                .nextToken(second.nextToken()));

        assertThat(first.consumers()).extracting(Consumer::consumerName).containsExactly("e", "d");
        assertThat(second.consumers()).extracting(Consumer::consumerName).containsExactly("c", "b");
        assertThat(third.consumers()).extracting(Consumer::consumerName).containsExactly("a");
        assertThat(first.nextToken()).isNotBlank();
        assertThat(third.nextToken()).isNull();
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn("s"))).consumers()).hasSize(5);
    }

    @Test
    void a_consumer_gone_between_pages_does_not_shift_the_next_page() {
        createStream("s", 1);
        List<String> arns = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            arns.add(register("s", name));
        }
        ListStreamConsumersResponse first = kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).maxResults(2));
        harness.clock().advance(REGISTER_DELAY);
        kinesis.deregisterStreamConsumer(b -> b.consumerARN(arns.get(1)));
        harness.clock().advance(DEREGISTER_DELAY);

        ListStreamConsumersResponse second = kinesis.listStreamConsumers(b -> b.streamARN(arn("s"))
                .nextToken(first.nextToken()));

        assertThat(first.consumers()).extracting(Consumer::consumerName).containsExactly("a", "b");
        assertThat(second.consumers()).extracting(Consumer::consumerName).containsExactly("c", "d");
    }

    @Test
    void list_next_tokens_expire_after_300_seconds_and_exclude_a_stream_creation_timestamp() {
        createStream("s", 1);
        register("s", "a");
        register("s", "b");
        String token = kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).maxResults(1)).nextToken();

        expectError(InvalidArgumentException.class,
                "NextToken and StreamCreationTimestamp cannot be provided together.",
                () -> kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).nextToken(token)
                        .streamCreationTimestamp(START)));
        expectError(InvalidArgumentException.class, "Invalid NextToken.",
                () -> kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).nextToken("bm90LWEtdG9rZW4=")));
        harness.clock().advance(Duration.ofSeconds(300));
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).nextToken(token)).consumers())
                .extracting(Consumer::consumerName).containsExactly("b");
        harness.clock().advance(Duration.ofMillis(1));
        expectError(ExpiredNextTokenException.class, "The requested token has expired.",
                () -> kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).nextToken(token)));
    }

    @Test
    void list_with_a_stream_creation_timestamp_lists_only_that_incarnation_of_the_stream() {
        createStream("s", 1);
        register("s", "app");

        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).streamCreationTimestamp(START))
                .consumers()).hasSize(1);
        expectError(ResourceNotFoundException.class, "Stream s under account " + ACCOUNT + " not found.",
                () -> kinesis.listStreamConsumers(b -> b.streamARN(arn("s"))
                        .streamCreationTimestamp(START.minusSeconds(60))));
    }

    @Test
    void at_most_five_consumers_of_an_account_are_creating_at_once() {
        createStream("a", 1);
        createStream("b", 1);
        for (int i = 0; i < 3; i++) {
            register("a", "c" + i);
        }
        register("b", "c0");
        register("b", "c1");

        expectError(LimitExceededException.class, "Account " + ACCOUNT + " already has 5 consumers in CREATING "
                + "status; wait until one is ACTIVE.", () -> register("b", "c2"));
        harness.clock().advance(REGISTER_DELAY);
        assertThat(describe(register("b", "c2")).consumerStatus()).isEqualTo(ConsumerStatus.CREATING);
    }

    @Test
    void a_stream_takes_at_most_20_consumers() {
        createStream("s", 1);
        for (int i = 0; i < 20; i++) {
            register("s", "c" + i);
            if (i % 5 == 4) {
                harness.clock().advance(REGISTER_DELAY);
            }
        }

        expectErrorCode(LimitExceededException.class, "LimitExceededException", () -> register("s", "c20"));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().consumerCount())
                .isEqualTo(20);
    }

    @Test
    void members_are_validated_as_the_model_constrains_them() {
        expectError(ValidationException.class, "2 validation errors detected: Value null at 'streamARN' failed to "
                        + "satisfy constraint: Member must not be null; Value null at 'consumerName' failed to "
                        + "satisfy constraint: Member must not be null",
                () -> kinesis.registerStreamConsumer(b -> { }));
        expectError(ValidationException.class, "1 validation error detected: Value 'my app' at 'consumerName' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + "[a-zA-Z0-9_.-]+",
                () -> kinesis.registerStreamConsumer(b -> b.streamARN(arn("s")).consumerName("my app")));
        String longName = "n".repeat(129);
        expectError(ValidationException.class, "1 validation error detected: Value '" + longName + "' at "
                        + "'consumerName' failed to satisfy constraint: Member must have length less than or equal "
                        + "to 128",
                () -> kinesis.registerStreamConsumer(b -> b.streamARN(arn("s")).consumerName(longName)));
        expectError(ValidationException.class, "1 validation error detected: Value 'arn:aws:kinesis:us-east-1:"
                        + ACCOUNT + ":stream/s' at 'consumerARN' failed to satisfy constraint: Member must satisfy "
                        + "regular expression pattern: ^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+"
                        + "\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+",
                () -> kinesis.describeStreamConsumer(b -> b.consumerARN(arn("s"))));
        expectError(ValidationException.class, "1 validation error detected: Value '0' at 'maxResults' failed to "
                        + "satisfy constraint: Member must have value greater than or equal to 1",
                () -> kinesis.listStreamConsumers(b -> b.streamARN(arn("s")).maxResults(0)));
        expectError(ValidationException.class, "1 validation error detected: Value null at 'streamARN' failed to "
                        + "satisfy constraint: Member must not be null",
                () -> kinesis.listStreamConsumers(b -> { }));
    }
}
