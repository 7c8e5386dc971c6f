package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * S3 prefixes with Firehose's expressions ({@code !{timestamp:yyyy/MM}}, {@code !{firehose:random-string}},
 * {@code !{firehose:error-output-type}}): parsing with AWS's rules and messages, and evaluation for one object.
 */
public final class Prefixes {

    /** What AWS puts after a prefix that has no expression, and uses when there is no prefix. */
    static final String DEFAULT_TIMESTAMP = "yyyy/MM/dd/HH/";
    /** Pattern letters AWS refuses in a timestamp expression (probed; the others it accepts). */
    private static final String REFUSED_LETTERS = "CIJPRTUVbfijloprt";
    private static final int MAX_EVALUATED = 512;

    private final String raw;
    private final List<Part> parts;

    private Prefixes(String raw, List<Part> parts) {
        this.raw = raw;
        this.parts = parts;
    }

    /** A literal run of text, or one expression. */
    private record Part(String literal, String namespace, String value) {
        boolean isExpression() {
            return namespace != null;
        }
    }

    /**
     * Parses and checks one prefix of a destination.
     *
     * @param member {@code Prefix} or {@code ErrorOutputPrefix}, which AWS's messages name
     */
    public static Prefixes parse(String prefix, String member, boolean dynamicPartitioning) {
        List<Part> parts = new ArrayList<>();
        if (prefix == null) {
            return new Prefixes(null, parts);
        }
        boolean errorPrefix = "ErrorOutputPrefix".equals(member);
        int i = 0;
        while (i < prefix.length()) {
            int start = prefix.indexOf("!{", i);
            if (start < 0) {
                parts.add(new Part(prefix.substring(i), null, null));
                break;
            }
            if (start > i) {
                parts.add(new Part(prefix.substring(i, start), null, null));
            }
            int end = prefix.indexOf('}', start);
            int colon = end < 0 ? -1 : prefix.indexOf(':', start);
            if (end < 0 || colon < 0 || colon > end) {
                throw FirehoseErrors.prefixRule("Invalid expression usage: " + prefix
                        + ".Must be of the form !{<namespace>:<value>}");
            }
            String namespace = prefix.substring(start + 2, colon);
            String value = prefix.substring(colon + 1, end);
            checkExpression(namespace, value, member, errorPrefix, dynamicPartitioning);
            parts.add(new Part(null, namespace, value));
            i = end + 1;
        }
        return new Prefixes(prefix, parts);
    }

    private static void checkExpression(String namespace, String value, String member, boolean errorPrefix,
            boolean dynamicPartitioning) {
        switch (namespace) {
            case "timestamp" -> checkTimestamp(value, member);
            case "firehose" -> {
                if ("error-output-type".equals(value)) {
                    if (!errorPrefix) {
                        throw FirehoseErrors.prefixRule(
                                "Prefix must not contain any occurrence of !{firehose:error-output-type}");
                    }
                } else if (!"random-string".equals(value)) {
                    throw invalidValue(member);
                }
            }
            case "partitionKeyFromQuery", "partitionKeyFromLambda" -> {
                if (errorPrefix) {
                    throw FirehoseErrors.INVALID_ARGUMENT.exception(
                            "Dynamic Partitioning Namespaces can't be part of an error prefix expression");
                }
                if (!dynamicPartitioning) {
                    throw FirehoseErrors.INVALID_ARGUMENT.exception("Dynamic Partitioning Namespaces can only be part "
                            + "of a prefix expression when Dynamic Partitioning is enabled.");
                }
            }
            default -> throw FirehoseErrors.prefixRule("Namespace to the left of colon (" + namespace
                    + ") is an invalid keyword!");
        }
    }

    private static void checkTimestamp(String pattern, String member) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && REFUSED_LETTERS.indexOf(c) >= 0) {
                throw invalidValue(member);
            }
        }
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneId.of("UTC")).format(Instant.EPOCH);
        } catch (RuntimeException e) {
            throw invalidValue(member);
        }
    }

    private static AwsException invalidValue(String member) {
        return FirehoseErrors.prefixRule("Invalid conversion character used in the value of the expression in "
                + member);
    }

    /**
     * AWS's rules for a destination's two prefixes together, checked at create and update.
     *
     * @param sampleTime an instant to evaluate the prefixes at for the length rule
     */
    public static void check(String prefix, String errorOutputPrefix, boolean dynamicPartitioning,
            Instant sampleTime, ZoneId zone) {
        Prefixes p = parse(prefix, "Prefix", dynamicPartitioning);
        Prefixes e = parse(errorOutputPrefix, "ErrorOutputPrefix", dynamicPartitioning);
        if (p.hasExpressions() && (errorOutputPrefix == null || errorOutputPrefix.isEmpty())) {
            throw FirehoseErrors.prefixRule("ErrorOutputPrefix cannot be null or empty when Prefix contains "
                    + "expressions");
        }
        if (e.hasExpressions() && !e.contains("firehose", "error-output-type")) {
            throw FirehoseErrors.prefixRule(
                    "ErrorOutputPrefix must contain at least one occurrence of !{firehose:error-output-type}");
        }
        if (p.objectPrefix(sampleTime, zone).length() > MAX_EVALUATED
                || p.errorPrefix(e, "format-conversion-failed", sampleTime, zone).length() > MAX_EVALUATED) {
            throw FirehoseErrors.prefixRule("Length of evaluated prefix cannot be greater than " + MAX_EVALUATED);
        }
    }

    /** An object prefix already accepted at create or update. */
    public static Prefixes ofPrefix(String prefix) {
        return parse(prefix, "Prefix", true);
    }

    /** An error output prefix already accepted at create or update. */
    public static Prefixes ofErrorPrefix(String errorOutputPrefix) {
        return parse(errorOutputPrefix, "ErrorOutputPrefix", true);
    }

    public boolean hasExpressions() {
        return parts.stream().anyMatch(Part::isExpression);
    }

    private boolean contains(String namespace, String value) {
        return parts.stream().anyMatch(p -> namespace.equals(p.namespace) && value.equals(p.value));
    }

    /**
     * The prefix of a delivered object: the expressions evaluated at {@code time} (the first record's arrival);
     * with no expression, the text followed by {@code yyyy/MM/dd/HH/} joined as AWS joins it, with no slash added
     * ({@code logs} gives {@code logs2026/12/06/14/}); with no prefix, that date path alone.
     */
    public String objectPrefix(Instant time, ZoneId zone) {
        return objectPrefix(time, zone, Partition.NONE);
    }

    /** {@link #objectPrefix(Instant, ZoneId)} with the partition keys a dynamically partitioned batch shares. */
    String objectPrefix(Instant time, ZoneId zone, Partition partition) {
        if (raw == null || raw.isEmpty()) {
            return format(DEFAULT_TIMESTAMP, time, zone);
        }
        if (!hasExpressions()) {
            return raw + format(DEFAULT_TIMESTAMP, time, zone);
        }
        return evaluate(null, time, zone, partition);
    }

    /** The partition keys this prefix names: {@code partitionKeyFromQuery} ones, or {@code partitionKeyFromLambda}. */
    List<String> keysNamed(String namespace) {
        return parts.stream().filter(p -> namespace.equals(p.namespace)).map(Part::value).toList();
    }

    /**
     * The prefix of an error object ({@code errorOutputType} {@code http-endpoint-failed}, ...): the error prefix's
     * expressions evaluated; a literal error prefix, or none, takes the type and the date path after it.
     *
     * @param errorPrefix this destination's ErrorOutputPrefix, parsed
     */
    public String errorPrefix(Prefixes errorPrefix, String errorOutputType, Instant time, ZoneId zone) {
        if (errorPrefix.raw != null && !errorPrefix.raw.isEmpty()) {
            if (errorPrefix.hasExpressions()) {
                return errorPrefix.evaluate(errorOutputType, time, zone, Partition.NONE);
            }
            return errorPrefix.raw + errorOutputType + "/" + format(DEFAULT_TIMESTAMP, time, zone);
        }
        String base = raw == null ? "" : raw;
        return base + errorOutputType + "/" + format(DEFAULT_TIMESTAMP, time, zone);
    }

    private String evaluate(String errorOutputType, Instant time, ZoneId zone, Partition partition) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (!part.isExpression()) {
                out.append(part.literal);
            } else if ("timestamp".equals(part.namespace)) {
                out.append(format(part.value, time, zone));
            } else if ("random-string".equals(part.value)) {
                out.append(randomString());
            } else if ("error-output-type".equals(part.value)) {
                out.append(errorOutputType);
            } else {
                Map<String, String> keys = "partitionKeyFromQuery".equals(part.namespace) ? partition.fromQuery()
                        : partition.fromLambda();
                String value = keys.get(part.value);
                if (value == null && partition == Partition.NONE) {
                    // Create's length check: the keys are not known until records arrive.
                    value = "";
                }
                if (value == null) {
                    // Routing sends a record lacking a key the prefix names to the error output first.
                    throw new IllegalStateException("No partition key " + part.value + " for !{" + part.namespace
                            + ":" + part.value + "}");
                }
                out.append(value);
            }
        }
        return out.toString();
    }

    /** Eleven characters, as AWS's examples show them ({@code 046b6c7f-0b}: the head of a random UUID). */
    private static String randomString() {
        return UUID.randomUUID().toString().substring(0, 11);
    }

    static String format(String pattern, Instant time, ZoneId zone) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(zone).format(time);
    }
}
