package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

class ProgrammaticLifecycleTest {

    @BeforeEach
    void clear() {
        Scenarios.SEEN.clear();
    }

    @Test
    void static_field_gives_one_harness_for_the_class() {
        Scenarios.run(StaticField.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(Scenarios.seen("harness")).hasSize(2).containsOnly(Scenarios.seen("harness").get(0));
        assertThat(Scenarios.listening((Integer) Scenarios.seen("port").get(0))).isFalse();
    }

    @Test
    void instance_field_gives_each_test_its_own_harness_closed_after_it() {
        Scenarios.run(InstanceField.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        var harnesses = Scenarios.seen("harness");
        assertThat(harnesses).hasSize(2);
        assertThat(harnesses.get(0)).isNotSameAs(harnesses.get(1));
        for (Object port : Scenarios.seen("port")) {
            assertThat(Scenarios.listening((Integer) port)).isFalse();
        }
    }

    @Test
    void parameters_need_a_running_harness_in_before_all_of_an_instance_field() {
        var results = Scenarios.run(InstanceFieldBeforeAll.class);

        results.containerEvents().assertStatistics(s -> s.failed(1));
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticField {
        @RegisterExtension
        static final KinesisHarnessExtension HARNESS = KinesisHarnessExtension.builder()
                .clock(ClockMode.MANUAL).startAt(Instant.parse("2030-06-01T00:00:00Z"))
                .stream("events", 2).build();

        @Test
        @Order(1)
        void first(KinesisHarness harness) {
            Scenarios.record("harness", harness);
            Scenarios.record("port", harness.port());
            assertThat(HARNESS.harness()).isSameAs(harness);
            HARNESS.kinesisClient().putRecord(r -> r.streamName("events").partitionKey("p")
                    .data(SdkBytes.fromUtf8String("one")));
            assertThat(HARNESS.reader().readAllAsStrings("events")).containsExactly("one");
            HARNESS.clock().advance(Duration.ofMinutes(1));
        }

        @Test
        @Order(2)
        void second(KinesisHarness harness, HarnessClock clock) {
            Scenarios.record("harness", harness);
            assertThat(HARNESS.reader().readAll("events")).isEmpty();
            assertThat(clock.now()).isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
        }
    }

    static class InstanceField {
        @RegisterExtension
        final KinesisHarnessExtension harness = KinesisHarnessExtension.builder().stream("mine", 1).build();

        @Test
        void one(KinesisClient kinesis) {
            Scenarios.record("harness", harness.harness());
            Scenarios.record("port", harness.harness().port());
            kinesis.putRecord(r -> r.streamName("mine").partitionKey("p").data(SdkBytes.fromUtf8String("a")));
        }

        @Test
        void two(KinesisStreamReader reader) {
            Scenarios.record("harness", harness.harness());
            Scenarios.record("port", harness.harness().port());
            assertThat(reader.readAll("mine")).isEmpty();
        }
    }

    @Test
    void the_builder_passes_settings_of_every_service_to_the_harness() {
        Scenarios.run(EveryServiceSetting.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    static class EveryServiceSetting {
        @RegisterExtension
        static final KinesisHarnessExtension HARNESS = KinesisHarnessExtension.builder()
                .setting(io.kinesisharness.settings.KinesisSettings.SHARD_LIMIT, 3)
                .setting("create-stream-delay", "2s")
                .bucket("from-builder")
                .harness(b -> b.setting(io.kinesisharness.settings.S3Settings.BUCKETS, java.util.List.of("replaced")))
                .build();

        @Test
        void settings_arrive(KinesisClient kinesis, software.amazon.awssdk.services.s3.S3Client s3, HarnessClock clock) {
            kinesis.createStream(r -> r.streamName("slow").shardCount(3));
            assertThat(kinesis.describeStreamSummary(r -> r.streamName("slow")).streamDescriptionSummary()
                    .streamStatusAsString()).isEqualTo("CREATING");
            clock.advance(Duration.ofSeconds(2));
            assertThat(kinesis.describeStreamSummary(r -> r.streamName("slow")).streamDescriptionSummary()
                    .streamStatusAsString()).isEqualTo("ACTIVE");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kinesis.createStream(r -> r.streamName("more")
                    .shardCount(1))).isInstanceOf(software.amazon.awssdk.services.kinesis.model.LimitExceededException.class);
            // Steps apply in order: the last setting of the bucket list wins.
            assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("replaced");
        }
    }

    static class InstanceFieldBeforeAll {
        @RegisterExtension
        final KinesisHarnessExtension harness = KinesisHarnessExtension.builder().build();

        @org.junit.jupiter.api.BeforeAll
        static void before(KinesisHarness notYetRunning) {
        }

        @Test
        void never_runs() {
        }
    }
}
