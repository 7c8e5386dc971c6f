package io.kinesisharness.internal.analytics.engine.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * W3C_LOG_PARSE: an Apache log format (a predefined name or the specifiers themselves) read back from a log line,
 * one column per specifier (COLUMN1…COLUMNn) in the format's order, literal text matched and dropped. Every column
 * is VARCHAR(1024): the reference says types follow the specifiers, but AWS's own W3C_LOG_PARSE example inserts
 * the status and byte columns into VARCHAR(16) columns, which a numeric column would not allow, and CLF writes "-"
 * for no bytes. A bare {@code %t} keeps its square brackets; {@code [%t]} drops them, as the reference shows.
 */
public final class W3cFormat {

    /** The reference's predefined formats; IIS is listed there without its specifiers, so it is not offered. */
    private static final Map<String, String> PREDEFINED = Map.of(
            "COMMON", "%h %l %u %t \"%r\" %>s %b",
            "COMMON WITH VHOST", "%v %h %l %u %t \"%r\" %>s %b",
            "NCSA EXTENDED", "%h %l %u %t \"%r\" %>s %b \"%[Referer]i\" \"%[User-agent]i\"",
            "REFERER", "%[Referer]i ---> %U",
            "AGENT", "%[User-agent]i");

    private static final String KNOWN = "aABbCDefhHilmnopPqrstTuUvVXIO";
    /** Specifiers whose values may hold spaces: read up to the literal that follows. */
    private static final String SPACED = "rCeinot";

    private final Pattern pattern;
    private final List<String> types;

    private W3cFormat(Pattern pattern, List<String> types) {
        this.pattern = pattern;
        this.types = types;
    }

    /** @throws IllegalArgumentException an unknown predefined name or specifier */
    public static W3cFormat compile(String format) {
        String spec = format.trim();
        String upper = spec.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (PREDEFINED.containsKey(upper)) {
            spec = PREDEFINED.get(upper);
        } else if (upper.equals("IIS")) {
            throw new IllegalArgumentException("W3C_LOG_PARSE's IIS format is not run here: the SQL reference names it"
                    + " without its fields; give the format's specifiers instead");
        } else if (spec.indexOf('%') < 0) {
            throw new IllegalArgumentException("Unknown W3C log format '" + format + "': use COMMON, COMMON WITH VHOST,"
                    + " NCSA EXTENDED, REFERER, AGENT or Apache format specifiers");
        }
        spec = spec.replace("\\\"", "\"");
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        List<String> types = new ArrayList<>();
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c != '%') {
                literal.append(c);
                i++;
                continue;
            }
            if (i + 1 < spec.length() && spec.charAt(i + 1) == '%') {
                literal.append('%');
                i += 2;
                continue;
            }
            int j = i + 1;
            // Conditions (status codes, maybe negated) and the original/final request modifiers.
            while (j < spec.length() && "!0123456789,<>".indexOf(spec.charAt(j)) >= 0) {
                j++;
            }
            boolean argument = false;
            if (j < spec.length() && (spec.charAt(j) == '[' || spec.charAt(j) == '{')) {
                char close = spec.charAt(j) == '[' ? ']' : '}';
                int end = spec.indexOf(close, j);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed '" + spec.charAt(j) + "' in W3C log format '" + format
                            + "'");
                }
                argument = true;
                j = end + 1;
            }
            if (j >= spec.length() || KNOWN.indexOf(spec.charAt(j)) < 0) {
                throw new IllegalArgumentException("Unknown W3C format specifier '" + spec.substring(i,
                        Math.min(j + 1, spec.length())) + "' in '" + format + "'");
            }
            char letter = spec.charAt(j);
            char before = literal.length() == 0 ? 0 : literal.charAt(literal.length() - 1);
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
            if (before == '"') {
                // Possessive, so a long quoted value does not recurse once per character.
                regex.append("([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)");
            } else if (letter == 't' && !argument && before != '[') {
                regex.append("(\\[[^\\]]*\\]|\\S*)");
            } else if (letter == 't' && !argument) {
                regex.append("([^\\]]*)");
            } else if (SPACED.indexOf(letter) >= 0) {
                regex.append("(.*?)");
            } else {
                regex.append("(\\S*)");
            }
            types.add("VARCHAR(1024)");
            i = j + 1;
        }
        regex.append(Pattern.quote(literal.toString()));
        if (types.isEmpty()) {
            throw new IllegalArgumentException("W3C log format '" + format + "' has no specifiers");
        }
        return new W3cFormat(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(types));
    }

    /** Each column's SQL type. */
    public List<String> types() {
        return types;
    }

    /** The columns of a line, or null when the line does not have the format's shape. */
    public Object[] parse(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Object[] out = new Object[types.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = m.group(c + 1);
        }
        return out;
    }
}
