package io.kinesisharness.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.FaultRule;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminRoutesAndFaultMapsTest {

    @Test
    void the_harness_routes_are_distinct_and_under_the_prefix() {
        Set<AdminRoute> seen = new HashSet<>(AdminRoute.HARNESS);
        assertThat(seen).hasSameSizeAs(AdminRoute.HARNESS);
        AdminRoute.HARNESS.forEach(r -> assertThat(r.path()).startsWith(AdminRoute.PREFIX));
        assertThat(new AdminRoute("POST", "clock/advance")).isEqualTo(AdminRoute.CLOCK_ADVANCE)
                .hasToString("POST /_harness/clock/advance");
        assertThat(AdminRoute.FAULTS).isNotEqualTo(AdminRoute.FAULTS_ADD);
    }

    @Test
    void a_fault_rule_survives_its_map_form() {
        FaultRule rule = FaultRule.error("PutRecords", "ProvisionedThroughputExceededException").forService("kinesis")
                .times(3).withProbability(0.5, Long.MAX_VALUE - 1).withMessage("slow down");
        FaultRule latency = FaultRule.latency("*", Duration.ofMillis(200));

        assertThat(FaultRuleMaps.fromMap(FaultRuleMaps.toMap(rule))).isEqualTo(rule);
        assertThat(FaultRuleMaps.fromMap(FaultRuleMaps.toMap(latency))).isEqualTo(latency);
    }

    @Test
    void a_map_missing_the_operation_or_with_a_wrong_kind_of_value_is_refused() {
        assertThatThrownBy(() -> FaultRuleMaps.fromMap(Map.of("error", "InternalFailure")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'operation'");
        assertThatThrownBy(() -> FaultRuleMaps.fromMap(Map.of("operation", "X", "error", "E", "count", "two")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'count' must be a number");
        assertThatThrownBy(() -> FaultRuleMaps.fromMap(Map.of("operation", "X", "latency", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO-8601");
    }
}
