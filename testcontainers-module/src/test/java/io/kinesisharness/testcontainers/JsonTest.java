package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parses_the_admin_api_documents() {
        Object parsed = Json.parse(" {\"faults\" : [ {\"operation\":\"PutRecord\",\"count\":2,\"probability\":0.5,"
                + "\"seed\":-9223372036854775808,\"latency\":null,\"on\":true,\"off\":false}], \"empty\":{},\"none\":[]} ");

        Map<?, ?> rule = (Map<?, ?>) ((List<?>) ((Map<?, ?>) parsed).get("faults")).get(0);
        assertThat(rule.get("operation")).isEqualTo("PutRecord");
        assertThat(rule.get("count")).isEqualTo(2L);
        assertThat(rule.get("probability")).isEqualTo(0.5);
        assertThat(rule.get("seed")).isEqualTo(Long.MIN_VALUE);
        assertThat(rule.containsKey("latency")).isTrue();
        assertThat(rule.get("latency")).isNull();
        assertThat(rule.get("on")).isEqualTo(true);
        assertThat(rule.get("off")).isEqualTo(false);
        assertThat((Map<?, ?>) ((Map<?, ?>) parsed).get("empty")).isEmpty();
        assertThat((List<?>) ((Map<?, ?>) parsed).get("none")).isEmpty();
    }

    @Test
    void strings_survive_a_round_trip_with_escapes() {
        String text = "quote \" backslash \\ slash / newline \n tab \t control \u0001 unicode é ∑";
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("message", text);
        doc.put("rate", 1.0E-5);
        doc.put("list", Arrays.asList(1L, null, "x"));

        String written = Json.write(doc);

        assertThat(Json.parse(written)).isEqualTo(doc);
        assertThat(Json.parse("\"\\u00e9\\/\"")).isEqualTo("é/");
    }

    @Test
    void numbers_beyond_a_long_are_read_as_doubles() {
        assertThat(Json.parse("123456789012345678901234")).isEqualTo(1.2345678901234568E23);
        assertThat(Json.parse("-1.5e3")).isEqualTo(-1500.0);
    }

    @Test
    void malformed_documents_are_rejected_with_the_offset() {
        for (String bad : List.of("", "{", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "\"open", "tru", "{} x", "{'a':1}",
                "\"\\x\"")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Malformed JSON at offset");
        }
    }
}
