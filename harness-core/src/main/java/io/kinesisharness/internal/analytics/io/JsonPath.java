package io.kinesisharness.internal.analytics.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset KDA's input schemas use: {@code $}, {@code .name}, {@code ['name']}, {@code [n]}, and
 * {@code [*]} or {@code [0:]} for every element of an array (a RecordRowPath that makes one row per element).
 */
public final class JsonPath {

    private sealed interface Step permits Field, Index, Every {
    }

    private record Field(String name) implements Step {
    }

    private record Index(int index) implements Step {
    }

    private record Every(int from) implements Step {
    }

    private final String text;
    private final List<Step> steps;

    private JsonPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps;
    }

    public String text() {
        return text;
    }

    /** @throws IllegalArgumentException when it is not a path of this subset */
    public static JsonPath parse(String text) {
        String p = text.trim();
        if (!p.startsWith("$")) {
            throw new IllegalArgumentException("A JSONPath starts with $: " + text);
        }
        List<Step> steps = new ArrayList<>();
        int i = 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < p.length() && p.charAt(j) != '.' && p.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw new IllegalArgumentException("Empty member name in JSONPath " + text);
                }
                steps.add(new Field(p.substring(i + 1, j)));
                i = j;
            } else if (c == '[') {
                int close = p.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed [ in JSONPath " + text);
                }
                String in = p.substring(i + 1, close).trim();
                if (in.startsWith("'") && in.endsWith("'") || in.startsWith("\"") && in.endsWith("\"")) {
                    steps.add(new Field(in.substring(1, in.length() - 1)));
                } else if (in.equals("*")) {
                    steps.add(new Every(0));
                } else if (in.endsWith(":")) {
                    steps.add(new Every(Integer.parseInt(in.substring(0, in.length() - 1).trim())));
                } else {
                    steps.add(new Index(Integer.parseInt(in)));
                }
                i = close + 1;
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' in JSONPath " + text);
            }
        }
        return new JsonPath(text, steps);
    }

    /** The first node the path selects, or null; without lists for a path of names and indexes (most mappings). */
    public JsonNode first(JsonNode root) {
        JsonNode n = root;
        for (Step s : steps) {
            if (s instanceof Field f) {
                n = n.isObject() ? n.get(f.name()) : null;
            } else if (s instanceof Index x) {
                n = n.isArray() ? n.get(x.index()) : null;
            } else {
                List<JsonNode> all = select(root);
                return all.isEmpty() ? null : all.get(0);
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** What the path selects: every match, in document order (none when it leads nowhere). */
    public List<JsonNode> select(JsonNode root) {
        List<JsonNode> current = new ArrayList<>(List.of(root));
        for (Step s : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : current) {
                if (s instanceof Field f && n.isObject() && n.has(f.name())) {
                    next.add(n.get(f.name()));
                } else if (s instanceof Index x && n.isArray() && x.index() < n.size()) {
                    next.add(n.get(x.index()));
                } else if (s instanceof Every e && n.isArray()) {
                    for (int k = e.from(); k < n.size(); k++) {
                        next.add(n.get(k));
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** This path with {@code prefix}'s steps taken off its front, or null when it does not start with them. */
    public JsonPath relativeTo(JsonPath prefix) {
        if (prefix.steps.size() > steps.size() || !steps.subList(0, prefix.steps.size()).equals(prefix.steps)) {
            return null;
        }
        return new JsonPath(text, steps.subList(prefix.steps.size(), steps.size()));
    }
}
