package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Every test gets a fresh harness (instance field), so the stream reader is the first client each one builds:
 * the order in which a user's test injected it when it failed at random ("Recursive update").
 */
class ReaderInjectedFirstTest {

    @RegisterExtension
    final KinesisHarnessExtension harness = KinesisHarnessExtension.builder().stream("events", 2).build();

    @RepeatedTest(3)
    void the_reader_alone(KinesisStreamReader reader) {
        assertThat(reader.readAll("events")).isEmpty();
    }

    @RepeatedTest(3)
    void the_reader_before_the_client_it_reads_with(KinesisStreamReader reader, KinesisClient kinesis) {
        kinesis.putRecord(r -> r.streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("one")));

        assertThat(reader.readAllAsStrings("events")).containsExactly("one");
        assertThat(harness.kinesisClient()).isSameAs(kinesis);
    }
}
