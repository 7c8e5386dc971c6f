package io.kinesisharness.internal.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSONPath subset input schemas use, on one document. */
class JsonPathTest {

    private static final JsonNode DOC = read("""
            {"a": {"b": 1, "c.d": 2}, "list": [10, 20, 30, 40], "rows": [{"x": 1}, {"x": 2}, {"y": 3}],
             "m": {"p": 7, "q": 8}}
            """);

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> select(String path) {
        return JsonPath.parse(path).select(DOC).stream().map(JsonNode::toString).toList();
    }

    @Test
    void names_and_quoted_names_reach_nested_members() {
        assertThat(select("$.a.b")).containsExactly("1");
        assertThat(select("$['a']['c.d']")).containsExactly("2");
        assertThat(select("$.a[\"b\"]")).containsExactly("1");
        assertThat(JsonPath.parse("$.a.b").first(DOC).asInt()).isEqualTo(1);
        assertThat(select("$.a.nope")).isEmpty();
        assertThat(JsonPath.parse("$.a.nope.deeper").first(DOC)).isNull();
    }

    @Test
    void an_index_counts_from_the_end_when_negative_and_selects_nothing_past_either_end() {
        assertThat(select("$.list[0]")).containsExactly("10");
        assertThat(select("$.list[-1]")).containsExactly("40");
        assertThat(JsonPath.parse("$.list[-2]").first(DOC).asInt()).isEqualTo(30);
        assertThat(select("$.list[4]")).isEmpty();
        assertThat(select("$.list[-5]")).isEmpty();
        assertThat(JsonPath.parse("$.list[9]").first(DOC)).isNull();
    }

    @Test
    void a_wildcard_takes_every_element_or_member_and_paths_go_on_from_each() {
        assertThat(select("$.list[*]")).containsExactly("10", "20", "30", "40");
        assertThat(select("$.m.*")).containsExactly("7", "8");
        assertThat(select("$.m[*]")).containsExactly("7", "8");
        assertThat(select("$.rows[*].x")).containsExactly("1", "2");
        assertThat(JsonPath.parse("$.rows[*].y").first(DOC).asInt()).isEqualTo(3);
    }

    @Test
    void slices_take_from_their_start_to_before_their_end_either_counted_from_the_end() {
        assertThat(select("$.list[1:3]")).containsExactly("20", "30");
        assertThat(select("$.list[1:]")).containsExactly("20", "30", "40");
        assertThat(select("$.list[:2]")).containsExactly("10", "20");
        assertThat(select("$.list[-2:]")).containsExactly("30", "40");
        assertThat(select("$.list[:-3]")).containsExactly("10");
        assertThat(select("$.list[3:1]")).isEmpty();
        assertThat(select("$.list[2:99]")).containsExactly("30", "40");
    }

    @Test
    void what_is_outside_the_subset_is_refused_naming_the_path() {
        assertThatThrownBy(() -> JsonPath.parse("a.b")).hasMessage("A JSONPath starts with $: a.b");
        assertThatThrownBy(() -> JsonPath.parse("$..b")).hasMessageContaining("recursive descent")
                .hasMessageEndingWith("JSONPath $..b");
        assertThatThrownBy(() -> JsonPath.parse("$.list[abc]"))
                .hasMessage("Unsupported [abc] in JSONPath $.list[abc] (a quoted name, an index, * or a slice)");
        assertThatThrownBy(() -> JsonPath.parse("$.list[?(@.x)]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSONPath $.list[?(@.x)]");
        assertThatThrownBy(() -> JsonPath.parse("$.list[1:2:3]"))
                .hasMessage("Unsupported slice [1:2:3] in JSONPath $.list[1:2:3]");
        assertThatThrownBy(() -> JsonPath.parse("$.list[]")).hasMessage("Empty [] in JSONPath $.list[]");
        assertThatThrownBy(() -> JsonPath.parse("$.list[0")).hasMessage("Unclosed [ in JSONPath $.list[0");
    }

    @Test
    void a_mapping_under_the_row_path_is_read_relative_to_each_row() {
        JsonPath row = JsonPath.parse("$.rows[*]");
        JsonPath column = JsonPath.parse("$.rows[*].x").relativeTo(row);
        assertThat(column).isNotNull();
        assertThat(row.select(DOC).stream().map(r -> String.valueOf(column.first(r))).toList())
                .containsExactly("1", "2", "null");
        assertThat(JsonPath.parse("$.other.x").relativeTo(row)).isNull();
    }
}
