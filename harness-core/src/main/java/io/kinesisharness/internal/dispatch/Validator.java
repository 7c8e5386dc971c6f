package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.CommonErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shape validation, worded as AWS's Coral layer words it:
 * {@code 1 validation error detected: Value 'x' at 'streamName' failed to satisfy constraint: ...}.
 * Checks collect; {@link #throwIfInvalid()} raises one ValidationException listing them all.
 */
public final class Validator {

    /** AWS stops collecting after ten problems. */
    private static final int MAX_REPORTED = 10;

    private final List<String> errors = new ArrayList<>(2);
    /** The service's Coral namespace, which names its structures where a list of them is printed. */
    private final String shapeNamespace;
    /** Whether messages print the offending value (Kinesis) or leave it out (Firehose, since about 2024). */
    private final boolean printValues;

    /** A validator for a service whose structures print as {@code com.amazonaws.kinesis.v20131202.Shape@hash}. */
    public Validator(String shapeNamespace) {
        this(shapeNamespace, true);
    }

    /** @param printValues false for services whose messages read {@code Value at 'member' failed ...} */
    public Validator(String shapeNamespace, boolean printValues) {
        this.shapeNamespace = shapeNamespace;
        this.printValues = printValues;
    }


    public Validator notNull(String member, Object value) {
        if (value == null) {
            failRaw(member, "null", "Member must not be null");
        }
        return this;
    }

    public Validator length(String member, String value, int min, int max) {
        if (value != null) {
            int len = value.codePointCount(0, value.length());
            if (len < min) {
                fail(member, value, "Member must have length greater than or equal to " + min);
            }
            if (len > max) {
                fail(member, value, "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    public Validator length(String member, byte[] value, int min, int max) {
        if (value != null) {
            if (value.length < min) {
                failRaw(member, "java.nio.HeapByteBuffer[pos=0 lim=" + value.length + " cap=" + value.length + "]",
                        "Member must have length greater than or equal to " + min);
            }
            if (value.length > max) {
                failRaw(member, "java.nio.HeapByteBuffer[pos=0 lim=" + value.length + " cap=" + value.length + "]",
                        "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    public Validator size(String member, Collection<?> value, int min, int max) {
        if (value != null) {
            if (value.size() < min) {
                failRaw(member, "'" + render(value) + "'", "Member must have length greater than or equal to " + min);
            }
            if (value.size() > max) {
                failRaw(member, "'" + render(value) + "'", "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    /**
     * A list as Coral prints it: strings and numbers as they are, structures as Java prints an object of AWS's
     * generated class, {@code com.amazonaws.kinesis.v20131202.PutRecordsRequestEntry@c965e310} (the hash here is
     * the harness's own).
     */
    private String render(Collection<?> value) {
        StringBuilder out = new StringBuilder("[");
        for (Object e : value) {
            if (out.length() > 1) {
                out.append(", ");
            }
            if (e == null || e instanceof CharSequence || e instanceof Number || e instanceof Boolean) {
                out.append(e);
            } else {
                out.append(shapeNamespace).append('.').append(e.getClass().getSimpleName()).append('@')
                        .append(Integer.toHexString(e.hashCode()));
            }
        }
        return out.append(']').toString();
    }

    /** A map's entry count, printed as Java prints a map ({@code '{a=1, b=2}'}), as AWS does. */
    public Validator size(String member, Map<String, ?> value, int min, int max) {
        if (value != null) {
            if (value.size() < min) {
                fail(member, value, "Member must have length greater than or equal to " + min);
            }
            if (value.size() > max) {
                fail(member, value, "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    /**
     * Length limits on every key and value of a map. Coral reports the whole map once, naming the member's full
     * constraint set (maximum first) rather than the one that failed.
     */
    public Validator entryLengths(String member, Map<String, String> value, int keyMin, int keyMax, int valueMin,
            int valueMax) {
        if (value == null) {
            return this;
        }
        boolean badKey = false;
        boolean badValue = false;
        for (Map.Entry<String, String> e : value.entrySet()) {
            badKey |= outside(e.getKey(), keyMin, keyMax);
            badValue |= e.getValue() != null && outside(e.getValue(), valueMin, valueMax);
        }
        if (badKey) {
            fail(member, value, "Map keys must satisfy constraint: " + lengthSet(keyMin, keyMax));
        }
        if (badValue) {
            fail(member, value, "Map value must satisfy constraint: " + lengthSet(valueMin, valueMax));
        }
        return this;
    }

    /** Length limits on every element of a list of strings, reported for the list as a whole. */
    public Validator elementLengths(String member, List<String> value, int min, int max) {
        if (value != null && value.stream().anyMatch(e -> e == null || outside(e, min, max))) {
            fail(member, value, "Member must satisfy constraint: " + lengthSet(min, max));
        }
        return this;
    }

    /** Every element of a list must be one of {@code allowed}, reported for the list as a whole. */
    public Validator elementsOneOf(String member, List<String> value, List<String> allowed) {
        if (value != null && value.stream().anyMatch(e -> e == null || !allowed.contains(e))) {
            fail(member, value, "Member must satisfy constraint: [Member must satisfy enum value set: " + allowed
                    + "]");
        }
        return this;
    }

    public Validator pattern(String member, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            fail(member, value, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return this;
    }

    public Validator range(String member, Number value, long min, long max) {
        if (value != null) {
            long v = value.longValue();
            if (v < min) {
                fail(member, value, "Member must have value greater than or equal to " + min);
            }
            if (v > max) {
                fail(member, value, "Member must have value less than or equal to " + max);
            }
        }
        return this;
    }

    public Validator oneOf(String member, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(member, value, "Member must satisfy enum value set: " + allowed);
        }
        return this;
    }

    private static boolean outside(String s, int min, int max) {
        int len = s.codePointCount(0, s.length());
        return len < min || len > max;
    }

    private static String lengthSet(int min, int max) {
        return "[Member must have length less than or equal to " + max
                + ", Member must have length greater than or equal to " + min + "]";
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (errors.isEmpty()) {
            return;
        }
        throw exception(errors);
    }

    public static AwsException exception(List<String> errors) {
        String head = errors.size() + " validation error" + (errors.size() == 1 ? "" : "s") + " detected: ";
        return CommonErrors.VALIDATION.exception(head + String.join("; ", errors));
    }

    private void fail(String member, Object value, String constraint) {
        failRaw(member, "'" + value + "'", constraint);
    }

    private void failRaw(String member, String printedValue, String constraint) {
        if (errors.size() == MAX_REPORTED) {
            return;
        }
        errors.add((printValues ? "Value " + printedValue : "Value") + " at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }
}
