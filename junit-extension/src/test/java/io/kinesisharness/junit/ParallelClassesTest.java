package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

class ParallelClassesTest {

    @BeforeEach
    void clear() {
        Scenarios.SEEN.clear();
    }

    @Test
    void classes_running_in_parallel_each_get_their_own_harness() {
        var results = Scenarios.runInParallel(A.class, B.class, C.class, D.class);

        results.testEvents().assertStatistics(s -> s.started(8).succeeded(8));
        assertThat(new HashSet<>(Scenarios.seen("port"))).hasSize(4);
    }

    abstract static class Writer {
        @Test
        void writes_its_own_records(KinesisHarness harness, KinesisClient kinesis, KinesisStreamReader reader) {
            Scenarios.record("port", harness.port());
            for (int i = 0; i < 50; i++) {
                int n = i;
                kinesis.putRecord(r -> r.streamName("shared-name").partitionKey("k")
                        .data(SdkBytes.fromUtf8String(getClass().getSimpleName() + n)));
            }
            assertThat(reader.readAllAsStrings("shared-name")).hasSize(50)
                    .allMatch(s -> s.startsWith(getClass().getSimpleName()));
        }

        @Test
        void sees_a_fresh_stream(KinesisStreamReader reader) {
            assertThat(reader.readAll("shared-name")).isEmpty();
        }
    }

    @KinesisHarnessTest
    @KinesisStream(name = "shared-name", shards = 2)
    static class A extends Writer {
    }

    @KinesisHarnessTest
    @KinesisStream(name = "shared-name", shards = 2)
    static class B extends Writer {
    }

    @KinesisHarnessTest
    @KinesisStream(name = "shared-name", shards = 2)
    static class C extends Writer {
    }

    @KinesisHarnessTest
    @KinesisStream(name = "shared-name", shards = 2)
    static class D extends Writer {
    }
}
