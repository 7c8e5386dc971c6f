package io.kinesisharness.internal.firehose.processing;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys a metadata extraction query builds, read from its text: the members of its top-level object
 * construction ({@code {customer_id: .customer_id, "year": .ts|strftime("%Y")}}), as create checks them against
 * the prefix. Null when the query is not a plain object construction (its keys are then known only per record).
 */
public final class QueryKeys {

    private QueryKeys() {
    }

    public static List<String> of(String query) {
        String q = query.trim();
        if (q.length() < 2 || q.charAt(0) != '{' || q.charAt(q.length() - 1) != '}') {
            return null;
        }
        List<String> keys = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int memberStart = 1;
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[', '(' -> depth++;
                case '}', ']', ')' -> depth--;
                case ',' -> {
                    if (depth == 0) {
                        keys.add(key(q.substring(memberStart, i)));
                        memberStart = i + 1;
                    }
                }
                default -> {
                }
            }
            if (depth < 0) {
                return null;
            }
        }
        keys.add(key(q.substring(memberStart, q.length() - 1)));
        return keys.contains(null) ? null : keys;
    }

    /** A member's key: before its first top-level colon, unquoted; a bare {@code .name} or {@code $name} too. */
    private static String key(String member) {
        String m = member.trim();
        int colon = topLevelColon(m);
        String k = (colon < 0 ? m : m.substring(0, colon)).trim();
        if (k.startsWith("\"") && k.endsWith("\"") && k.length() >= 2) {
            return k.substring(1, k.length() - 1);
        }
        if (colon < 0 && (k.startsWith("$") || k.startsWith("."))) {
            k = k.substring(1);
        }
        return k.matches("[A-Za-z_][A-Za-z0-9_]*") ? k : null;
    }

    private static int topLevelColon(String m) {
        boolean inString = false;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ':') {
                return i;
            }
        }
        return -1;
    }
}
