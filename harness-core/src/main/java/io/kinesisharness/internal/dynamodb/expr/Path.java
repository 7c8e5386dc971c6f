package io.kinesisharness.internal.dynamodb.expr;

import java.util.List;

/**
 * A document path: an attribute name, then map keys ({@code .name}) and list indexes ({@code [3]}). Elements are
 * {@link String} names (placeholders already resolved) or {@link Integer} indexes.
 */
public record Path(List<Object> elements) {

    public static Path of(String attribute) {
        return new Path(List.of(attribute));
    }

    /** The top-level attribute the path starts from. */
    public String attribute() {
        return (String) elements.get(0);
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** Whether this path is a prefix of the other, or the other of this (AWS: the two overlap). */
    public boolean overlaps(Path other) {
        int n = Math.min(elements.size(), other.elements.size());
        for (int i = 0; i < n; i++) {
            if (!elements.get(i).equals(other.elements.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** As AWS prints paths in its messages: {@code [a, b, [2]]}. */
    public String printed() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Object e = elements.get(i);
            out.append(e instanceof Integer idx ? "[" + idx + "]" : e);
        }
        return out.append(']').toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object e : elements) {
            if (e instanceof Integer idx) {
                out.append('[').append(idx).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(e);
            }
        }
        return out.toString();
    }
}
