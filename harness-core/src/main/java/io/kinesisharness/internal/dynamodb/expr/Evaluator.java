package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.AttributeValue.Type;
import io.kinesisharness.internal.dynamodb.model.Values;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Evaluates conditions against an item as DynamoDB does: a missing attribute makes a comparison false (and
 * {@code <>} true), values of different types never compare, sets compare regardless of order.
 */
public final class Evaluator {

    private static final List<String> TYPE_NAMES = List.of("B", "NULL", "SS", "BOOL", "L", "BS", "N", "NS", "S", "M");

    private Evaluator() {
    }

    /** Whether the item (null: there is none) satisfies the condition. */
    public static boolean test(Condition c, Map<String, AttributeValue> item, String kind) {
        Map<String, AttributeValue> it = item == null ? Map.of() : item;
        if (c instanceof Condition.True) {
            return true;
        }
        if (c instanceof Condition.And a) {
            return test(a.left(), it, kind) && test(a.right(), it, kind);
        }
        if (c instanceof Condition.Or o) {
            return test(o.left(), it, kind) || test(o.right(), it, kind);
        }
        if (c instanceof Condition.Not n) {
            return !test(n.inner(), it, kind);
        }
        if (c instanceof Condition.Compare cmp) {
            return compare(cmp.operator(), value(cmp.left(), it), value(cmp.right(), it));
        }
        if (c instanceof Condition.Between b) {
            return between(value(b.value(), it), value(b.low(), it), value(b.high(), it), kind);
        }
        if (c instanceof Condition.In in) {
            AttributeValue v = value(in.value(), it);
            return v != null && in.candidates().stream().anyMatch(x -> v.equals(value(x, it)));
        }
        return function((Condition.Function) c, it, kind);
    }

    /** The value of an operand in a condition (null when the attribute is missing). */
    public static AttributeValue value(Operand o, Map<String, AttributeValue> item) {
        if (o instanceof Operand.Value v) {
            return v.value();
        }
        if (o instanceof Operand.PathOperand p) {
            return resolve(p.path(), item);
        }
        if (o instanceof Operand.Size s) {
            return size(resolve(s.path(), item));
        }
        throw new IllegalStateException("not a condition operand: " + o);
    }

    private static AttributeValue size(AttributeValue v) {
        if (v == null) {
            return null;
        }
        return switch (v.type()) {
            case S -> AttributeValue.n(BigDecimal.valueOf(Values.utf8Length(v.s())));
            case B, SS, NS, BS, L, M -> AttributeValue.n(BigDecimal.valueOf(v.size()));
            default -> null;
        };
    }

    /** The value at a document path, or null when any step of it is missing or of the wrong type. */
    public static AttributeValue resolve(Path path, Map<String, AttributeValue> item) {
        AttributeValue current = item.get(path.attribute());
        for (int i = 1; i < path.elements().size() && current != null; i++) {
            Object e = path.elements().get(i);
            if (e instanceof Integer index) {
                current = current.type() == Type.L && index < current.l().size() ? current.l().get(index) : null;
            } else {
                current = current.type() == Type.M ? current.m().get((String) e) : null;
            }
        }
        return current;
    }

    static boolean compare(String op, AttributeValue a, AttributeValue b) {
        if (a == null || b == null) {
            return "<>".equals(op) && (a != null || b != null);
        }
        switch (op) {
            case "=":
                return a.equals(b);
            case "<>":
                return !a.equals(b);
            default:
                if (a.type() != b.type() || !a.isScalarKeyType()) {
                    return false;
                }
                int c = a.type() == Type.B ? Arrays.compareUnsigned(a.b(), b.b()) : Values.compare(a, b);
                return switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
        }
    }

    private static boolean between(AttributeValue v, AttributeValue low, AttributeValue high, String kind) {
        if (v == null || low == null || high == null) {
            return false;
        }
        if (low.type() == high.type() && low.isScalarKeyType() && compare(">", low, high)) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": The BETWEEN operator requires upper bound to be "
                    + "greater than or equal to lower bound; lower bound operand: AttributeValue: " + low
                    + ", upper bound operand: AttributeValue: " + high);
        }
        return compare(">=", v, low) && compare("<=", v, high);
    }

    private static boolean function(Condition.Function f, Map<String, AttributeValue> item, String kind) {
        Path path = ((Operand.PathOperand) f.arguments().get(0)).path();
        AttributeValue v = resolve(path, item);
        switch (f.name()) {
            case "attribute_exists":
                return v != null;
            case "attribute_not_exists":
                return v == null;
            case "attribute_type": {
                AttributeValue t = value(f.arguments().get(1), item);
                if (t == null || t.type() != Type.S) {
                    throw DynamoDbErrors.validation("Invalid " + kind + ": Incorrect operand type for operator or "
                            + "function; operator or function: attribute_type, operand type: "
                            + (t == null ? "NULL" : t.type()));
                }
                if (!TYPE_NAMES.contains(t.s())) {
                    throw DynamoDbErrors.validation("Invalid " + kind + ": Invalid attribute type name found; type: "
                            + t.s() + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                }
                return v != null && v.type().name().equals(t.s());
            }
            case "begins_with": {
                AttributeValue prefix = value(f.arguments().get(1), item);
                checkOperandType(f.arguments().get(1), prefix, "begins_with", kind, Type.S, Type.B);
                if (v == null || prefix == null || v.type() != prefix.type()) {
                    return false;
                }
                if (v.type() == Type.S) {
                    return v.s().startsWith(prefix.s());
                }
                if (v.type() == Type.B) {
                    byte[] b = v.b();
                    byte[] p = prefix.b();
                    return b.length >= p.length && Arrays.equals(b, 0, p.length, p, 0, p.length);
                }
                return false;
            }
            default: {
                AttributeValue needle = value(f.arguments().get(1), item);
                return v != null && needle != null && contains(v, needle);
            }
        }
    }

    /** A placeholder's value of a type the function can never accept is refused, as AWS refuses it before reading. */
    private static void checkOperandType(Operand o, AttributeValue v, String fn, String kind, Type... allowed) {
        if (o instanceof Operand.Value && v != null && !Arrays.asList(allowed).contains(v.type())) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": Incorrect operand type for operator or function; "
                    + "operator or function: " + fn + ", operand type: " + v.type());
        }
    }

    private static boolean contains(AttributeValue haystack, AttributeValue needle) {
        return switch (haystack.type()) {
            case S -> needle.type() == Type.S && haystack.s().contains(needle.s());
            case B -> needle.type() == Type.B && indexOf(haystack.b(), needle.b()) >= 0;
            case SS -> needle.type() == Type.S && haystack.ss().contains(needle.s());
            case NS -> needle.type() == Type.N && haystack.ns().stream().anyMatch(n -> n.compareTo(needle.n()) == 0);
            case BS -> needle.type() == Type.B && haystack.bs().stream().anyMatch(b -> Arrays.equals(b, needle.b()));
            case L -> haystack.l().contains(needle);
            default -> false;
        };
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
