package io.kinesisharness.internal.glue.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Hive column type, parsed: a primitive ({@code string}, {@code int}, {@code decimal(10,2)}, …) or a complex one
 * ({@code array<T>}, {@code map<K,V>}, {@code struct<name:T,…>}), as Glue tables declare them.
 *
 * @param name the type's name in lower case ({@code array}, {@code map}, {@code struct} for complex ones)
 * @param precision decimal precision (or char/varchar length), else 0
 * @param scale decimal scale, else 0
 * @param children the element type, the key and value types, or the struct's fields' types
 * @param fieldNames a struct's field names (lower case), else empty
 */
public record HiveType(String name, int precision, int scale, List<HiveType> children, List<String> fieldNames) {

    private static final List<String> PRIMITIVES = List.of("string", "varchar", "char", "boolean", "tinyint",
            "smallint", "int", "integer", "bigint", "float", "double", "decimal", "timestamp", "date", "binary");

    /**
     * @throws IllegalArgumentException naming the text when it is not a type the harness reads
     */
    public static HiveType parse(String text) {
        Parser p = new Parser(text.toLowerCase(Locale.ROOT).replace(" ", ""));
        HiveType t = p.type();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("Not a Hive type: " + text);
        }
        return t;
    }

    public boolean isComplex() {
        return "array".equals(name) || "map".equals(name) || "struct".equals(name);
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        HiveType type() {
            String name = word();
            switch (name) {
                case "array" -> {
                    expect('<');
                    HiveType e = type();
                    expect('>');
                    return new HiveType(name, 0, 0, List.of(e), List.of());
                }
                case "map" -> {
                    expect('<');
                    HiveType k = type();
                    expect(',');
                    HiveType v = type();
                    expect('>');
                    if (k.isComplex()) {
                        throw new IllegalArgumentException("A map's key must be a primitive type: " + s);
                    }
                    return new HiveType(name, 0, 0, List.of(k, v), List.of());
                }
                case "struct" -> {
                    expect('<');
                    List<HiveType> types = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(word());
                        expect(':');
                        types.add(type());
                    } while (accept(','));
                    expect('>');
                    return new HiveType(name, 0, 0, List.copyOf(types), List.copyOf(names));
                }
                default -> {
                    if (!PRIMITIVES.contains(name)) {
                        throw new IllegalArgumentException("Not a Hive type: " + name + " in " + s);
                    }
                    int precision = 0;
                    int scale = 0;
                    if (accept('(')) {
                        precision = Integer.parseInt(word());
                        if (accept(',')) {
                            scale = Integer.parseInt(word());
                        }
                        expect(')');
                    } else if ("decimal".equals(name)) {
                        precision = 10;
                    }
                    if ("decimal".equals(name) && (precision < 1 || precision > 38 || scale > precision)) {
                        throw new IllegalArgumentException("Invalid decimal precision or scale: " + s);
                    }
                    return new HiveType("integer".equals(name) ? "int" : name, precision, scale, List.of(),
                            List.of());
                }
            }
        }

        private String word() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("Not a Hive type: " + s);
            }
            return s.substring(start, pos);
        }

        private boolean accept(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new IllegalArgumentException("Not a Hive type: " + s);
            }
        }
    }
}
