package io.kinesisharness.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a fault rule: {@code {"service":"kinesis","operation":"PutRecord","error":"...",
 * "message":"...","count":3,"probability":0.5,"seed":7,"latency":"PT0.2S","recordFailureRate":0.5}}; only
 * {@code operation} and one of error, latency or recordFailureRate are required.
 */
final class FaultJson {

    private FaultJson() {
    }

    static FaultRule read(JsonNode n) {
        String operation = AdminRoutes.text(n, "operation");
        return new FaultRule(optText(n, "service"), operation, optText(n, "error"), optText(n, "message"),
                n.path("count").asInt(0), n.has("probability") ? n.get("probability").asDouble() : 1,
                n.path("seed").asLong(0), n.hasNonNull("latency") ? Duration.parse(n.get("latency").asText()) : null,
                n.path("recordFailureRate").asDouble(0));
    }

    static List<Map<String, Object>> write(List<FaultRule> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FaultRule r : rules) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", r.service());
            m.put("operation", r.operation());
            if (r.errorCode() != null) {
                m.put("error", r.errorCode());
            }
            if (r.message() != null) {
                m.put("message", r.message());
            }
            m.put("count", r.count());
            m.put("probability", r.probability());
            m.put("seed", r.seed());
            if (r.latency() != null) {
                m.put("latency", r.latency().toString());
            }
            m.put("recordFailureRate", r.recordFailureRate());
            out.add(m);
        }
        return out;
    }

    private static String optText(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
