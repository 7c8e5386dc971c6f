package io.kinesisharness.testcontainers;

import io.kinesisharness.FaultRule;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link FaultRule} in the admin API's JSON form (README, "Fault injection"). */
final class FaultRuleJson {

    private FaultRuleJson() {
    }

    static Map<String, Object> write(FaultRule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", rule.service());
        m.put("operation", rule.operation());
        if (rule.errorCode() != null) {
            m.put("error", rule.errorCode());
        }
        if (rule.message() != null) {
            m.put("message", rule.message());
        }
        m.put("count", rule.count());
        m.put("probability", rule.probability());
        m.put("seed", rule.seed());
        if (rule.latency() != null) {
            m.put("latency", rule.latency().toString());
        }
        m.put("recordFailureRate", rule.recordFailureRate());
        return m;
    }

    static FaultRule read(Map<?, ?> m) {
        return new FaultRule(text(m, "service"), text(m, "operation"), text(m, "error"), text(m, "message"),
                (int) whole(m, "count"), number(m, "probability", 1), whole(m, "seed"),
                m.get("latency") == null ? null : Duration.parse(text(m, "latency")),
                number(m, "recordFailureRate", 0));
    }

    private static String text(Map<?, ?> m, String field) {
        Object v = m.get(field);
        return v == null ? null : v.toString();
    }

    private static long whole(Map<?, ?> m, String field) {
        return m.get(field) instanceof Number n ? n.longValue() : 0;
    }

    private static double number(Map<?, ?> m, String field, double absent) {
        return m.get(field) instanceof Number n ? n.doubleValue() : absent;
    }
}
