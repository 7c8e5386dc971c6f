package io.kinesisharness.internal.analytics.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset KDA's input schemas use: {@code $}, {@code .name}, {@code ['name']}, {@code [n]} (negative from
 * the end), {@code [*]} or {@code .*} for every element of an array or member of an object, and slices {@code [a:b]}
 * ({@code a} and {@code b} optional, negative from the end, {@code b} excluded): a RecordRowPath with one of these
 * makes a row per element. Recursive descent, filters and unions are refused with the path in the message.
 */
public final class JsonPath {

    private sealed interface Step permits Field, Index, Every {
    }

    private record Field(String name) implements Step {
    }

    private record Index(int index) implements Step {
    }

    /** Every element from {@code from} to {@code to} (excluded; null: the end); of an object, every member. */
    private record Every(Integer from, Integer to) implements Step {

        static final Every ALL = new Every(null, null);
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
                    throw new IllegalArgumentException("Empty member name (or recursive descent, which is not "
                            + "supported) in JSONPath " + text);
                }
                String name = p.substring(i + 1, j);
                steps.add(name.equals("*") ? Every.ALL : new Field(name));
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
                    steps.add(Every.ALL);
                } else if (in.contains(":")) {
                    String[] ends = in.split(":", -1);
                    if (ends.length != 2) {
                        throw new IllegalArgumentException("Unsupported slice [" + in + "] in JSONPath " + text);
                    }
                    steps.add(new Every(bound(ends[0], text), bound(ends[1], text)));
                } else {
                    Integer index = bound(in, text);
                    if (index == null) {
                        throw new IllegalArgumentException("Empty [] in JSONPath " + text);
                    }
                    steps.add(new Index(index));
                }
                i = close + 1;
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' in JSONPath " + text);
            }
        }
        return new JsonPath(text, steps);
    }

    private static Integer bound(String text, String path) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Unsupported [" + text + "] in JSONPath " + path
                    + " (a quoted name, an index, * or a slice)");
        }
    }

    /** The first node the path selects, or null; without lists for a path of names and indexes (most mappings). */
    public JsonNode first(JsonNode root) {
        JsonNode n = root;
        for (Step s : steps) {
            if (s instanceof Field f) {
                n = n.isObject() ? n.get(f.name()) : null;
            } else if (s instanceof Index x) {
                n = n.isArray() ? element(n, x.index()) : null;
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
                } else if (s instanceof Index x && n.isArray()) {
                    JsonNode e = element(n, x.index());
                    if (e != null) {
                        next.add(e);
                    }
                } else if (s instanceof Every e && n.isArray()) {
                    int from = clamp(e.from(), 0, n.size());
                    int to = clamp(e.to(), n.size(), n.size());
                    for (int k = from; k < to; k++) {
                        next.add(n.get(k));
                    }
                } else if (s instanceof Every e && e.equals(Every.ALL) && n.isObject()) {
                    n.elements().forEachRemaining(next::add);
                }
            }
            current = next;
        }
        return current;
    }

    /** An array's element at an index counted from the end when negative; null when there is none. */
    private static JsonNode element(JsonNode array, int index) {
        int k = index < 0 ? array.size() + index : index;
        return k >= 0 && k < array.size() ? array.get(k) : null;
    }

    /** A slice's bound within {@code [0, size]}: absent is {@code absent}, negative counts from the end. */
    private static int clamp(Integer bound, int absent, int size) {
        if (bound == null) {
            return absent;
        }
        int k = bound < 0 ? size + bound : bound;
        return Math.max(0, Math.min(size, k));
    }

    /** This path with {@code prefix}'s steps taken off its front, or null when it does not start with them. */
    public JsonPath relativeTo(JsonPath prefix) {
        if (prefix.steps.size() > steps.size() || !steps.subList(0, prefix.steps.size()).equals(prefix.steps)) {
            return null;
        }
        return new JsonPath(text, steps.subList(prefix.steps.size(), steps.size()));
    }
}
