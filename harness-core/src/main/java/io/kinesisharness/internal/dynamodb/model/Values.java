package io.kinesisharness.internal.dynamodb.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Ordering and sizing of attribute values as DynamoDB defines them. */
public final class Values {

    private Values() {
    }

    /**
     * Orders two scalars of one type as DynamoDB's key conditions and comparisons do: numbers numerically, strings
     * by their UTF-8 bytes, binaries as unsigned bytes. Values of different types do not compare (caller checks).
     */
    public static int compare(AttributeValue a, AttributeValue b) {
        return switch (a.type()) {
            case N -> a.n().compareTo(b.n());
            case S -> compareUtf8(a.s(), b.s());
            case B -> Arrays.compareUnsigned(a.b(), b.b());
            default -> throw new IllegalArgumentException("not comparable: " + a.type());
        };
    }

    static int compareUtf8(String a, String b) {
        // UTF-16 order differs from UTF-8 byte order only for supplementary characters against U+E000..U+FFFF.
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                if (xs != ys) {
                    return xs ? 1 : -1;
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** The bytes DynamoDB counts for a value (item size, the 400 KB limit, table size). */
    public static long size(AttributeValue v) {
        return switch (v.type()) {
            case S -> utf8Length(v.s());
            case N -> numberSize(v.n());
            case B -> v.b().length;
            case BOOL, NULL -> 1;
            case SS -> v.ss().stream().mapToLong(Values::utf8Length).sum();
            case NS -> v.ns().stream().mapToLong(Values::numberSize).sum();
            case BS -> v.bs().stream().mapToLong(b -> b.length).sum();
            case L -> 3 + v.l().stream().mapToLong(e -> 1 + size(e)).sum();
            case M -> 3 + v.m().entrySet().stream().mapToLong(e -> 1 + utf8Length(e.getKey())
                    + size(e.getValue())).sum();
        };
    }

    /** An item's size: each attribute's name and value. */
    public static long itemSize(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8Length(e.getKey()) + size(e.getValue());
        }
        return size;
    }

    /** Approximately one byte per two significant digits, plus one. */
    private static long numberSize(java.math.BigDecimal n) {
        if (n.signum() == 0) {
            return 1;
        }
        return (n.stripTrailingZeros().precision() + 1) / 2 + 1;
    }

    public static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The bytes a key value is hashed and ordered by. */
    static byte[] keyBytes(AttributeValue v) {
        return switch (v.type()) {
            case S -> v.s().getBytes(StandardCharsets.UTF_8);
            case N -> Numbers.text(v.n()).getBytes(StandardCharsets.US_ASCII);
            case B -> v.b();
            default -> throw new IllegalArgumentException("not a key type: " + v.type());
        };
    }
}
