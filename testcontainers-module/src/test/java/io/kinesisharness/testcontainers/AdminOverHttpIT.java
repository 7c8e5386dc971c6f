package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.FaultRule;
import io.kinesisharness.HarnessAdmin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;

/** Clock, reset and faults of a MANUAL-clock container, driven through {@code admin()}. */
@RequiresDocker
class AdminOverHttpIT {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static KinesisHarnessContainer harness;
    private static HarnessAdmin admin;
    private KinesisClient kinesis;

    @BeforeAll
    static void start() {
        harness = Harnesses.container().withClock(ClockMode.MANUAL, START).withStream("orders", 1);
        harness.start();
        admin = harness.admin();
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.stop();
        }
    }

    @BeforeEach
    void fresh() {
        admin.reset();
        kinesis = Harnesses.cbor(harness, new WireLog());
    }

    @AfterEach
    void close() {
        kinesis.close();
    }

    @Test
    void the_admin_reports_a_healthy_manual_clock_at_its_start() {
        assertThat(admin.healthy()).isTrue();
        assertThat(admin.clock().mode()).isEqualTo(ClockMode.MANUAL);
        assertThat(admin.clock().now()).isEqualTo(START);
    }

    @Test
    void records_stay_readable_until_24_hours_after_arrival_and_set_to_moves_past_that() {
        Records.put(kinesis, "orders", "k", "placed at the start");
        assertThat(Records.texts(Records.readAll(kinesis, "orders"))).containsExactly("placed at the start");

        Duration almostADay = Duration.ofHours(23).plusMinutes(59);
        assertThat(admin.clock().advance(almostADay)).isEqualTo(START.plus(almostADay));
        assertThat(Records.texts(Records.readAll(kinesis, "orders"))).containsExactly("placed at the start");

        admin.clock().setTo(START.plus(Duration.ofHours(24)));
        assertThat(Records.readAll(kinesis, "orders")).isEmpty();
    }

    @Test
    void advancing_25_hours_expires_records_put_before() {
        Records.put(kinesis, "orders", "k", "old");
        assertThat(Records.readAll(kinesis, "orders")).hasSize(1);

        Instant after = admin.clock().advance(Duration.ofHours(25));

        assertThat(after).isEqualTo(START.plus(Duration.ofHours(25)));
        assertThat(admin.clock().now()).isEqualTo(after);
        assertThat(Records.readAll(kinesis, "orders")).isEmpty();
        Records.put(kinesis, "orders", "k", "new");
        assertThat(Records.texts(Records.readAll(kinesis, "orders"))).containsExactly("new");
    }

    @Test
    void reset_drops_streams_records_and_faults_restarts_the_clock_and_recreates_configured_streams() {
        kinesis.createStream(r -> r.streamName("scratch").shardCount(1));
        Records.put(kinesis, "orders", "k", "before reset");
        admin.faults().add(FaultRule.error("ListStreams", "InternalFailure"));
        admin.clock().advance(Duration.ofHours(3));

        admin.reset();

        assertThat(kinesis.listStreams().streamNames()).containsExactly("orders");
        assertThat(Records.readAll(kinesis, "orders")).isEmpty();
        assertThat(admin.faults().rules()).isEmpty();
        assertThat(admin.clock().now()).isEqualTo(START);
    }

    @Test
    void a_fault_rule_makes_the_next_put_record_fail_with_provisioned_throughput_exceeded() {
        FaultRule rule = FaultRule.error("PutRecord", "ProvisionedThroughputExceededException").times(1);
        admin.faults().add(rule);
        assertThat(admin.faults().rules()).containsExactly(rule);

        assertThatThrownBy(() -> Records.put(kinesis, "orders", "k", "throttled"))
                .isInstanceOf(ProvisionedThroughputExceededException.class);

        assertThat(admin.faults().rules()).isEmpty();
        Records.put(kinesis, "orders", "k", "accepted");
        assertThat(Records.texts(Records.readAll(kinesis, "orders"))).containsExactly("accepted");
    }

    @Test
    void fault_rules_keep_every_field_over_http_and_clear_removes_them() {
        List<FaultRule> rules = List.of(
                FaultRule.error("GetRecords", "InternalFailure").withProbability(0.25, Long.MIN_VALUE + 7)
                        .withMessage("injected \"quoted\" failure").forService("kinesis").times(3),
                FaultRule.latency("*", Duration.ofMillis(200)),
                FaultRule.failRecords("PutRecords", 0.5, 7));
        rules.forEach(admin.faults()::add);

        assertThat(admin.faults().rules()).isEqualTo(rules);

        admin.faults().clear();
        assertThat(admin.faults().rules()).isEmpty();
    }

    @Test
    void refusals_raise_the_exceptions_the_in_process_harness_raises() {
        admin.clock().advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> admin.clock().setTo(START)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("backwards");
        assertThatThrownBy(() -> admin.clock().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> admin.faults().add(FaultRule.error("PutRecord", "NoSuchErrorCode")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoSuchErrorCode");
        assertThat(admin.clock().now()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(admin.faults().rules()).isEmpty();
    }
}
