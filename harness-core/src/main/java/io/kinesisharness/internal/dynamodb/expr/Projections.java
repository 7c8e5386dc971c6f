package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.AttributeValue.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a projection to an item: only the given paths, nested ones keeping their enclosing maps and lists (a list
 * keeps the projected elements, in index order).
 */
public final class Projections {

    private Projections() {
    }

    public static Map<String, AttributeValue> apply(List<Path> paths, Map<String, AttributeValue> item) {
        if (paths == null) {
            return item;
        }
        Node root = new Node();
        for (Path p : paths) {
            Node n = root;
            for (Object e : p.elements()) {
                n = n.children.computeIfAbsent(e, k -> new Node());
            }
            n.whole = true;
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Map.Entry<Object, Node> e : root.children.entrySet()) {
            AttributeValue v = item.get((String) e.getKey());
            AttributeValue projected = project(v, e.getValue());
            if (projected != null) {
                out.put((String) e.getKey(), projected);
            }
        }
        return out;
    }

    private static AttributeValue project(AttributeValue v, Node node) {
        if (v == null) {
            return null;
        }
        if (node.whole) {
            return v;
        }
        if (v.type() == Type.M) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (Map.Entry<Object, Node> e : node.children.entrySet()) {
                if (e.getKey() instanceof String key) {
                    AttributeValue p = project(v.m().get(key), e.getValue());
                    if (p != null) {
                        out.put(key, p);
                    }
                }
            }
            return out.isEmpty() ? null : AttributeValue.m(out);
        }
        if (v.type() == Type.L) {
            TreeMap<Integer, AttributeValue> picked = new TreeMap<>();
            for (Map.Entry<Object, Node> e : node.children.entrySet()) {
                if (e.getKey() instanceof Integer index && index < v.l().size()) {
                    AttributeValue p = project(v.l().get(index), e.getValue());
                    if (p != null) {
                        picked.put(index, p);
                    }
                }
            }
            return picked.isEmpty() ? null : AttributeValue.l(new ArrayList<>(picked.values()));
        }
        return null;
    }

    private static final class Node {
        final Map<Object, Node> children = new LinkedHashMap<>();
        boolean whole;
    }
}
