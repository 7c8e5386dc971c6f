package io.kinesisharness.internal.analytics.engine.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FAST_REGEX_LOG_PARSE: a Fast Regex pattern (the reference's automaton syntax: {@code "literal"}, {@code <Digit>}
 * and the other named classes, {@code @} for any string, {@code #} for none) run the way the reference describes.
 * The reference cuts the pattern into expressions, moving each fixed-length start to the end of the expression
 * before (a wholly fixed one merges into it): every expression but the last is then some variable-length stretch
 * ended by a fixed-length delimiter, as its listings show ({@code (.*)_+(._.*)} as {@code (.*)_}, {@code _*(._},
 * {@code .*)}). So the pattern is cut after each run of fixed-length pieces that follows a variable-length one
 * ({@code x+} read as {@code x x*}, the reference's own rule); the expressions are matched in turn, each taking
 * the shortest stretch of the text it matches ("lazy, no backtracking"), the last one the whole rest. Every
 * top-level parenthesis is a column. Each expression is run by java.util.regex.
 */
public final class FastRegex {

    /** One piece of the pattern: its regex, its length bounds, and the column it belongs to (or -1). */
    private record Atom(String regex, int min, int max, int group) {
        boolean fixed() {
            return min == max;
        }
    }

    /** One of the expressions matched in turn, and the column each of its capture groups feeds. */
    private record Search(Pattern pattern, int[] columnOfCapture) {
    }

    private final int columns;
    private final List<Search> searches;

    private FastRegex(int columns, List<Search> searches) {
        this.columns = columns;
        this.searches = searches;
    }

    /** @throws IllegalArgumentException a pattern the syntax does not allow, or a construct not run here */
    public static FastRegex compile(String pattern) {
        Parser p = new Parser(pattern);
        List<List<Atom>> merged = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        boolean variable = false;
        for (List<Atom> piece : p.topLevel()) {
            for (Atom a : piece) {
                if (!a.fixed() && variable && current.get(current.size() - 1).fixed()) {
                    // The expression so far ends with its fixed-length delimiter: the next one starts here.
                    merged.add(current);
                    current = new ArrayList<>();
                    variable = false;
                }
                current.add(a);
                variable |= !a.fixed();
            }
        }
        if (!current.isEmpty()) {
            merged.add(current);
        }
        List<Search> searches = new ArrayList<>();
        for (List<Atom> search : merged) {
            StringBuilder regex = new StringBuilder();
            List<Integer> captures = new ArrayList<>();
            int i = 0;
            while (i < search.size()) {
                int group = search.get(i).group();
                regex.append('(');
                while (i < search.size() && search.get(i).group() == group) {
                    regex.append(search.get(i).regex());
                    i++;
                }
                regex.append(')');
                captures.add(group);
            }
            searches.add(new Search(Pattern.compile(regex.toString(), Pattern.DOTALL),
                    captures.stream().mapToInt(Integer::intValue).toArray()));
        }
        return new FastRegex(p.groups, searches);
    }

    public int columns() {
        return columns;
    }

    /** The columns' texts, or null when some of the text is not accounted for by the pattern. */
    public String[] parse(String text) {
        StringBuilder[] out = new StringBuilder[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = new StringBuilder();
        }
        int pos = 0;
        for (int s = 0; s < searches.size(); s++) {
            Search search = searches.get(s);
            Matcher m = search.pattern().matcher(text);
            int end = s == searches.size() - 1 ? shortestWhole(m, pos, text.length()) : shortest(m, pos, text.length());
            if (end < 0) {
                return null;
            }
            for (int g = 0; g < search.columnOfCapture().length; g++) {
                int column = search.columnOfCapture()[g];
                if (column >= 0 && m.group(g + 1) != null) {
                    out[column].append(m.group(g + 1));
                }
            }
            pos = end;
        }
        if (pos != text.length()) {
            return null;
        }
        String[] result = new String[columns];
        for (int c = 0; c < columns; c++) {
            result[c] = out[c].toString();
        }
        return result;
    }

    /** The end of the shortest stretch from {@code pos} the expression matches, or -1. */
    private static int shortest(Matcher m, int pos, int length) {
        for (int end = pos; end <= length; end++) {
            m.region(pos, end);
            if (m.matches()) {
                return end;
            }
            if (!m.hitEnd()) {
                // The match failed before reading the stretch's end: no longer stretch can match either.
                return -1;
            }
        }
        return -1;
    }

    private static int shortestWhole(Matcher m, int pos, int length) {
        m.region(pos, length);
        return m.matches() ? length : -1;
    }

    /** A recursive-descent reader of the Fast Regex syntax, writing java.util.regex text. */
    private static final class Parser {
        private final String text;
        private int i;
        private int groups;

        Parser(String text) {
            this.text = text;
        }

        /** The pattern's pieces: a run of atoms outside groups, or one group's atoms. */
        List<List<Atom>> topLevel() {
            List<List<Atom>> pieces = new ArrayList<>();
            List<Atom> outside = new ArrayList<>();
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '|' || c == '&') {
                    throw new IllegalArgumentException("FAST_REGEX_LOG_PARSE does not run a union or an intersection"
                            + " outside a group ('" + c + "' at position " + i + "); put it inside parentheses");
                }
                if (c == ')') {
                    throw new IllegalArgumentException("Unbalanced ')' at position " + i);
                }
                if (c == '(' && !quantifiedGroup()) {
                    if (!outside.isEmpty()) {
                        pieces.add(outside);
                        outside = new ArrayList<>();
                    }
                    i++;
                    int group = groups++;
                    pieces.add(groupAtoms(group));
                    expect(')');
                    continue;
                }
                if (c == '(') {
                    // A quantified top-level group is still a column: the whole repetition's text.
                    int group = groups++;
                    if (!outside.isEmpty()) {
                        pieces.add(outside);
                        outside = new ArrayList<>();
                    }
                    Atom a = repeat(-1);
                    pieces.add(new ArrayList<>(List.of(new Atom(a.regex(), a.min(), a.max(), group))));
                    continue;
                }
                outside.addAll(repeatSplit(-1));
            }
            if (!outside.isEmpty()) {
                pieces.add(outside);
            }
            return pieces;
        }

        /** Whether the group opening at {@code i} is followed by a quantifier. */
        private boolean quantifiedGroup() {
            int depth = 0;
            boolean inQuote = false;
            for (int j = i; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\\' && !inQuote) {
                    j++;
                } else if (c == '[' && !inQuote) {
                    // A class's parentheses are characters: skip to its closing bracket.
                    for (j++; j < text.length() && text.charAt(j) != ']'; j++) {
                        if (text.charAt(j) == '\\') {
                            j++;
                        }
                    }
                } else if (c == '<' && !inQuote && text.indexOf('>', j) > 0) {
                    j = text.indexOf('>', j);
                } else if (c == '"') {
                    inQuote = !inQuote;
                } else if (!inQuote && c == '(') {
                    depth++;
                } else if (!inQuote && c == ')' && --depth == 0) {
                    return j + 1 < text.length() && "?*+{".indexOf(text.charAt(j + 1)) >= 0;
                }
            }
            return false;
        }

        /** A group's content: its concatenated atoms, or one atom when it holds a union or an intersection. */
        private List<Atom> groupAtoms(int group) {
            int start = i;
            List<Atom> atoms = new ArrayList<>();
            while (i < text.length() && text.charAt(i) != ')') {
                char c = text.charAt(i);
                if (c == '|' || c == '&') {
                    i = start;
                    Atom union = union();
                    return new ArrayList<>(List.of(new Atom(union.regex(), union.min(), union.max(), group)));
                }
                atoms.addAll(repeatSplit(group));
            }
            return atoms;
        }

        /**
         * The next atom, with {@code x+} read as {@code x x*} and {@code x{n,m}} as {@code x{n} x{0,m-n}} when x has a
         * fixed length, as the reference reads {@code _+}: the fixed start can then move to the expression before.
         */
        private List<Atom> repeatSplit(int group) {
            int start = i;
            Atom base = simple();
            int end = i;
            Atom whole;
            i = start;
            whole = repeat(group);
            if (!base.fixed() || i == end) {
                return List.of(whole);
            }
            String q = text.substring(end, i);
            int n;
            int m;
            if (q.equals("+")) {
                n = 1;
                m = -1;
            } else if (q.matches("\\{\\s*\\d+\\s*,\\s*\\d*\\s*}")) {
                String[] parts = q.substring(1, q.length() - 1).split(",", -1);
                n = Integer.parseInt(parts[0].trim());
                m = parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].trim());
            } else {
                return List.of(whole);
            }
            if (n == 0 || m == n) {
                return List.of(whole);
            }
            String b = "(?:" + base.regex() + ")";
            return List.of(new Atom(b + "{" + n + "}", base.min() * n, base.min() * n, group),
                    new Atom(b + (m < 0 ? "*" : "{0," + (m - n) + "}"), 0, m < 0 ? -1 : base.min() * (m - n), group));
        }

        private Atom union() {
            Atom left = concat();
            while (peek('|')) {
                i++;
                Atom right = concat();
                left = new Atom("(?:" + left.regex() + "|" + right.regex() + ")", Math.min(left.min(), right.min()),
                        left.max() < 0 || right.max() < 0 ? -1 : Math.max(left.max(), right.max()), -1);
            }
            if (peek('&')) {
                throw new IllegalArgumentException("FAST_REGEX_LOG_PARSE does not run intersections ('&' at position "
                        + i + ")");
            }
            return left;
        }

        private Atom concat() {
            StringBuilder regex = new StringBuilder();
            int min = 0;
            int max = 0;
            while (i < text.length() && "|&)".indexOf(text.charAt(i)) < 0) {
                Atom a = repeat(-1);
                regex.append(a.regex());
                min += a.min();
                max = max < 0 || a.max() < 0 ? -1 : max + a.max();
            }
            return new Atom("(?:" + regex + ")", min, max, -1);
        }

        private Atom repeat(int group) {
            Atom a = simple();
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '?') {
                    a = quantified(a, "?", 0, a.max());
                } else if (c == '*') {
                    a = quantified(a, "*", 0, -1);
                } else if (c == '+') {
                    a = quantified(a, "+", a.min(), -1);
                } else if (c == '{') {
                    int close = text.indexOf('}', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("Unclosed '{' at position " + i);
                    }
                    String body = text.substring(i + 1, close);
                    int n;
                    int m;
                    try {
                        int comma = body.indexOf(',');
                        n = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).trim());
                        m = comma < 0 ? n : body.substring(comma + 1).isBlank() ? -1
                                : Integer.parseInt(body.substring(comma + 1).trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Bad repetition {" + body + "} at position " + i);
                    }
                    i = close;
                    a = quantified(a, "{" + body.replace(" ", "") + "}", a.min() * n,
                            m < 0 || a.max() < 0 ? -1 : a.max() * m);
                } else {
                    break;
                }
            }
            return new Atom(a.regex(), a.min(), a.max(), group);
        }

        private Atom quantified(Atom a, String q, int min, int max) {
            i++;
            return new Atom("(?:" + a.regex() + ")" + q, min, max, -1);
        }

        private Atom simple() {
            char c = text.charAt(i);
            switch (c) {
                case '.':
                    i++;
                    return new Atom(".", 1, 1, -1);
                case '@':
                    i++;
                    return new Atom(".*", 0, -1, -1);
                case '#':
                    i++;
                    return new Atom("(?!)", 0, 0, -1);
                case '"': {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        throw new IllegalArgumentException("Unclosed '\"' at position " + i);
                    }
                    String literal = text.substring(i + 1, close);
                    i = close + 1;
                    return new Atom(Pattern.quote(literal), literal.length(), literal.length(), -1);
                }
                case '(': {
                    i++;
                    if (peek(')')) {
                        i++;
                        return new Atom("", 0, 0, -1);
                    }
                    Atom inner = union();
                    expect(')');
                    return inner;
                }
                case '[':
                    return charClass();
                case '<':
                    return named();
                case '\\':
                    if (i + 1 >= text.length()) {
                        throw new IllegalArgumentException("A pattern cannot end with '\\'");
                    }
                    i += 2;
                    return new Atom(literalChar(text.charAt(i - 1)), 1, 1, -1);
                case '~':
                    throw new IllegalArgumentException("FAST_REGEX_LOG_PARSE does not run complements ('~' at position "
                            + i + ")");
                case ')', '|', '&', '?', '*', '+', '{', '}', ']', '>':
                    throw new IllegalArgumentException("Unexpected '" + c + "' at position " + i);
                default:
                    i++;
                    return new Atom(literalChar(c), 1, 1, -1);
            }
        }

        private Atom charClass() {
            int start = i;
            i++;
            StringBuilder regex = new StringBuilder("[");
            if (peek('^')) {
                regex.append('^');
                i++;
            }
            boolean any = false;
            while (i < text.length() && text.charAt(i) != ']') {
                char from = classChar();
                regex.append(literalChar(from));
                if (peek('-') && i + 1 < text.length() && text.charAt(i + 1) != ']') {
                    i++;
                    regex.append('-').append(literalChar(classChar()));
                }
                any = true;
            }
            if (!any) {
                throw new IllegalArgumentException("Empty character class at position " + start);
            }
            expect(']');
            return new Atom(regex.append(']').toString(), 1, 1, -1);
        }

        private char classChar() {
            char c = text.charAt(i++);
            if (c == '\\') {
                if (i >= text.length()) {
                    throw new IllegalArgumentException("A pattern cannot end with '\\'");
                }
                return text.charAt(i++);
            }
            return c;
        }

        /** {@code <Digit>} and the other named patterns the reference lists. */
        private Atom named() {
            int close = text.indexOf('>', i);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed '<' at position " + i);
            }
            String name = text.substring(i + 1, close);
            String regex = switch (name) {
                case "Digit" -> "[0-9]";
                case "Upper" -> "[A-Z]";
                case "Lower" -> "[a-z]";
                case "ASCII" -> "[\\x00-\\x7F]";
                case "Alpha" -> "[a-zA-Z]";
                case "Alnum" -> "[a-zA-Z0-9]";
                case "Punct" -> "\\p{Punct}";
                case "Blank" -> "[ \\t]";
                case "Space" -> "[ \\t\\n\\f\\r\\x0B]";
                case "Cntrl" -> "[\\x00-\\x1F\\x7F]";
                case "XDigit" -> "[0-9a-fA-F]";
                case "Print", "Graph" -> "[a-zA-Z0-9\\p{Punct}]";
                default -> {
                    if (name.matches("\\d+-\\d+")) {
                        throw new IllegalArgumentException("FAST_REGEX_LOG_PARSE does not run numerical intervals ("
                                + "<" + name + ">)");
                    }
                    throw new IllegalArgumentException("Unknown named pattern <" + name + ">");
                }
            };
            i = close + 1;
            return new Atom(regex, 1, 1, -1);
        }

        private boolean peek(char c) {
            return i < text.length() && text.charAt(i) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("Expected '" + c + "' at position " + i);
            }
            i++;
        }

        private static String literalChar(char c) {
            return String.format("\\x{%x}", (int) c);
        }
    }
}
