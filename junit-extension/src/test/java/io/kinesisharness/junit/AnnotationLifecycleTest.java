package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.StreamMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

class AnnotationLifecycleTest {

    @BeforeEach
    void clear() {
        Scenarios.SEEN.clear();
    }

    @Test
    void one_harness_per_class_is_reset_before_each_test_and_closed_after_the_class() {
        var results = Scenarios.run(PerClass.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(Scenarios.seen("harness")).hasSize(2).containsOnly(Scenarios.seen("harness").get(0));
        int port = (Integer) Scenarios.seen("port").get(0);
        assertThat(Scenarios.listening(port)).as("harness closed with its class").isFalse();
    }

    @Test
    void nested_classes_share_their_parents_harness() {
        var results = Scenarios.run(WithNested.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(Scenarios.seen("harness")).hasSize(2).containsOnly(Scenarios.seen("harness").get(0));
    }

    @Test
    void without_reset_state_carries_over_between_tests() {
        Scenarios.run(NoReset.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void method_level_streams_exist_for_that_test_only() {
        Scenarios.run(MethodStreams.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void subclasses_inherit_the_annotation_and_the_declared_streams() {
        Scenarios.run(Inheriting.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void manual_clock_starts_where_told_and_restarts_for_every_test() {
        Scenarios.run(ClockScenario.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void declared_stream_with_a_create_delay_is_creating_until_the_clock_passes_it() {
        Scenarios.run(CreateDelay.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void throttling_and_any_other_setting_come_from_the_annotation() {
        Scenarios.run(WithSettings.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void an_unknown_setting_fails_the_class_naming_it() {
        var results = Scenarios.run(UnknownSetting.class);

        results.containerEvents().assertStatistics(s -> s.failed(1));
        Throwable why = results.containerEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(why).hasMessageContaining("no-such-setting");
        results.testEvents().assertStatistics(s -> s.started(0));
    }

    @KinesisHarnessTest(throttling = true, settings = {"update-stream-delay=PT1S", "shard-limit = 3"})
    @KinesisStream(name = "limited", shards = 1)
    static class WithSettings {
        @Test
        void limits_apply(KinesisClient kinesis, HarnessClock clock) {
            List<PutRecordsRequestEntry> batch = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                batch.add(PutRecordsRequestEntry.builder().partitionKey("k" + i).data(SdkBytes.fromUtf8String("x"))
                        .build());
            }
            // 1,000 records a second per shard: at one instant of the manual clock the third 400 get 200 through.
            PutRecordsResponse third = null;
            for (int i = 0; i < 3; i++) {
                third = kinesis.putRecords(r -> r.streamName("limited").records(batch));
            }
            assertThat(third.failedRecordCount()).isEqualTo(200);
            assertThat(third.records().get(399).errorCode()).isEqualTo("ProvisionedThroughputExceededException");

            kinesis.updateShardCount(r -> r.streamName("limited").targetShardCount(2)
                    .scalingType(ScalingType.UNIFORM_SCALING));
            assertThat(status(kinesis)).isEqualTo(StreamStatus.UPDATING);
            clock.advance(Duration.ofSeconds(1));
            assertThat(status(kinesis)).isEqualTo(StreamStatus.ACTIVE);

            assertThatThrownBy(() -> kinesis.createStream(r -> r.streamName("more").shardCount(2)))
                    .isInstanceOf(LimitExceededException.class);
        }

        private static StreamStatus status(KinesisClient kinesis) {
            return kinesis.describeStreamSummary(r -> r.streamName("limited")).streamDescriptionSummary()
                    .streamStatus();
        }
    }

    @KinesisHarnessTest(settings = "no-such-setting=1")
    static class UnknownSetting {
        @Test
        void never_runs() {
        }
    }

    @KinesisHarnessTest
    @KinesisStream(name = "orders", shards = 2)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        @Test
        @Order(1)
        void first(KinesisClient kinesis, KinesisHarness harness) {
            Scenarios.record("harness", harness);
            Scenarios.record("port", harness.port());
            assertThat(kinesis.describeStreamSummary(r -> r.streamName("orders")).streamDescriptionSummary()
                    .openShardCount()).isEqualTo(2);
            kinesis.putRecord(r -> r.streamName("orders").partitionKey("k").data(SdkBytes.fromUtf8String("x")));
            kinesis.createStream(r -> r.streamName("scratch").shardCount(1));
        }

        @Test
        @Order(2)
        void second(KinesisHarness harness, KinesisStreamReader reader, KinesisClient kinesis) {
            Scenarios.record("harness", harness);
            assertThat(reader.readAll("orders")).as("records dropped by the reset").isEmpty();
            assertThat(kinesis.listStreams().streamNames()).containsExactly("orders");
        }
    }

    @KinesisHarnessTest
    static class WithNested {
        @Test
        void outer(KinesisHarness harness) {
            Scenarios.record("harness", harness);
        }

        @Nested
        class Inner {
            @Test
            void inner(KinesisHarness harness, HarnessAdmin admin) {
                Scenarios.record("harness", harness);
                assertThat(admin).isSameAs(harness.admin());
            }
        }
    }

    @KinesisHarnessTest(resetBeforeEach = false)
    @KinesisStream(name = "kept")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class NoReset {
        @Test
        @Order(1)
        void writes(KinesisClient kinesis) {
            kinesis.putRecord(r -> r.streamName("kept").partitionKey("k").data(SdkBytes.fromUtf8String("still here")));
        }

        @Test
        @Order(2)
        void reads(KinesisStreamReader reader) {
            assertThat(reader.readAllAsStrings("kept")).containsExactly("still here");
        }
    }

    @KinesisHarnessTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class MethodStreams {
        @Test
        @Order(1)
        @KinesisStream(name = "only-here", shards = 3)
        @KinesisStream(name = "on-demand", mode = StreamMode.ON_DEMAND, retentionHours = 48)
        void declared(KinesisClient kinesis) {
            assertThat(kinesis.listStreams().streamNames()).containsExactly("on-demand", "only-here");
            var summary = kinesis.describeStreamSummary(r -> r.streamName("on-demand")).streamDescriptionSummary();
            assertThat(summary.retentionPeriodHours()).isEqualTo(48);
            assertThat(summary.openShardCount()).isEqualTo(4);
        }

        @Test
        @Order(2)
        void gone(KinesisClient kinesis) {
            assertThat(kinesis.listStreams().streamNames()).isEmpty();
        }
    }

    @KinesisHarnessTest(region = "eu-west-1", accountId = "123456789012")
    @KinesisStream(name = "base-stream", shards = 2)
    abstract static class Base {
    }

    static class Inheriting extends Base {
        @Test
        void sees_the_base_declarations(KinesisClient kinesis, KinesisHarness harness) {
            assertThat(harness.region()).isEqualTo("eu-west-1");
            var summary = kinesis.describeStreamSummary(r -> r.streamName("base-stream")).streamDescriptionSummary();
            assertThat(summary.streamARN()).isEqualTo("arn:aws:kinesis:eu-west-1:123456789012:stream/base-stream");
        }
    }

    @KinesisHarnessTest(clock = ClockMode.MANUAL, startAt = "2026-01-01T00:00:00Z")
    static class ClockScenario {
        @Test
        void one(HarnessClock clock) {
            assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(clock.advance(Duration.ofHours(25))).isEqualTo(Instant.parse("2026-01-02T01:00:00Z"));
        }

        @Test
        void two(HarnessClock clock) {
            assertThat(clock.mode()).isEqualTo(ClockMode.MANUAL);
            assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    @KinesisHarnessTest(createStreamDelay = "PT10S")
    @KinesisStream(name = "slow")
    static class CreateDelay {
        @Test
        void becomes_active(KinesisClient kinesis, HarnessClock clock) {
            assertThat(status(kinesis)).isEqualTo(StreamStatus.CREATING);
            clock.advance(Duration.ofSeconds(10));
            assertThat(status(kinesis)).isEqualTo(StreamStatus.ACTIVE);
        }

        private static StreamStatus status(KinesisClient kinesis) {
            return kinesis.describeStreamSummary(r -> r.streamName("slow")).streamDescriptionSummary().streamStatus();
        }
    }
}
