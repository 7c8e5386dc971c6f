package io.kinesisharness.admin;

import io.kinesisharness.FaultRule;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link FaultRule} as the admin API's JSON object, here as the map a JSON library reads or writes:
 * {@code {"service":"kinesis","operation":"PutRecord","error":"…","message":"…","count":3,"probability":0.5,
 * "seed":7,"latency":"PT0.2S","recordFailureRate":0.5}}. Only {@code operation} and one of error, latency or
 * recordFailureRate are required. The server and the HTTP client share this one mapping.
 */
public final class FaultRuleMaps {

    private FaultRuleMaps() {
    }

    public static Map<String, Object> toMap(FaultRule rule) {
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

    /** @throws IllegalArgumentException when a field is missing or of the wrong kind */
    public static FaultRule fromMap(Map<?, ?> m) {
        if (!(m.get("operation") instanceof String operation)) {
            throw new IllegalArgumentException("Body must be a JSON object with a string field 'operation'");
        }
        try {
            return new FaultRule(text(m, "service"), operation, text(m, "error"), text(m, "message"),
                    (int) whole(m, "count"), number(m, "probability", 1), whole(m, "seed"),
                    m.get("latency") == null ? null : Duration.parse(text(m, "latency")),
                    number(m, "recordFailureRate", 0));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("latency must be an ISO-8601 duration (PT0.2S): " + e.getMessage());
        }
    }

    private static String text(Map<?, ?> m, String field) {
        Object v = m.get(field);
        return v == null ? null : v.toString();
    }

    private static double number(Map<?, ?> m, String field, double absent) {
        Number n = numeric(m, field);
        return n == null ? absent : n.doubleValue();
    }

    /** Whole numbers as such: a seed may be any long, which a double would round. */
    private static long whole(Map<?, ?> m, String field) {
        Number n = numeric(m, field);
        return n == null ? 0 : n.longValue();
    }

    private static Number numeric(Map<?, ?> m, String field) {
        Object v = m.get(field);
        if (v == null || v instanceof Number) {
            return (Number) v;
        }
        throw new IllegalArgumentException("Field '" + field + "' must be a number, not " + v);
    }
}
