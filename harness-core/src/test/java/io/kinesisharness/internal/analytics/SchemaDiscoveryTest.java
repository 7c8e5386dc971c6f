package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.internal.analytics.io.SchemaDiscovery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DiscoverInputSchema's inference on given records. */
class SchemaDiscoveryTest {

    private static List<String> columns(String... records) {
        List<byte[]> data = new ArrayList<>();
        for (String r : records) {
            data.add(r.getBytes(StandardCharsets.UTF_8));
        }
        JsonNode out = SchemaDiscovery.discover(data);
        List<String> columns = new ArrayList<>();
        for (JsonNode c : out.at("/InputSchema/RecordColumns")) {
            columns.add(c.path("Name").asText() + " " + c.path("SqlType").asText()
                    + (c.has("Mapping") ? " " + c.path("Mapping").asText() : ""));
        }
        return columns;
    }

    @Test
    void json_members_give_the_narrowest_type_holding_every_sample() {
        assertThat(columns("{\"id\":1,\"big\":12345678901,\"price\":9.5,\"ok\":true,\"at\":\"2026-12-06 10:00:00\","
                        + "\"name\":\"ab\",\"tags\":[1,2],\"missing\":null}",
                "{\"id\":2,\"big\":3,\"price\":10,\"ok\":false,\"at\":\"2026-12-06T10:00:01.5Z\",\"name\":\"abcde\","
                        + "\"extra\":\"x\"}"))
                .containsExactly("id INTEGER $.id", "big BIGINT $.big", "price DOUBLE $.price", "ok BOOLEAN $.ok",
                        "at TIMESTAMP $.at", "name VARCHAR(8) $.name", "tags VARCHAR(8) $.tags",
                        "missing VARCHAR(4) $.missing", "extra VARCHAR(1) $.extra");
    }

    @Test
    void anything_else_is_read_as_csv_with_numbered_columns() {
        assertThat(columns("1,2.5,x\n2,3,yy\n", "3,4,zzz")).containsExactly("COL1 INTEGER", "COL2 DOUBLE",
                "COL3 VARCHAR(4)");
    }

    @Test
    void no_records_detect_nothing() {
        assertThat(SchemaDiscovery.discover(List.of())).isNull();
    }
}
