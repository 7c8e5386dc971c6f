package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Measures container start-to-ready: from {@code start()} until the health route answers, which is when a test
 * can use the container. Printed, not asserted: CI machines differ too much for a timed test; the figure is
 * tracked in the report and README.
 */
@RequiresDocker
class StartupTimeIT {

    private static final int RUNS = 3;

    @Test
    void a_started_container_answers_at_once_and_its_start_time_is_reported() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            try (KinesisHarnessContainer harness = Harnesses.container()) {
                long t0 = System.nanoTime();
                harness.start();
                millis.add((System.nanoTime() - t0) / 1_000_000);

                assertThat(harness.admin().healthy()).isTrue();
                try (KinesisClient kinesis = Harnesses.cbor(harness, new WireLog())) {
                    assertThat(kinesis.listStreams().streamNames()).isEmpty();
                }
            }
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("container start-to-ready: runs=%s ms, median=%d ms%n", millis, sorted.get(RUNS / 2));
    }
}
