package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.sql.SqlScript.Statement;
import io.kinesisharness.internal.analytics.sql.SqlScript.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dialect's clauses Calcite's grammar lacks, read from a pump's tokens and rewritten or blanked in its text
 * (line breaks and lengths kept, so Calcite's positions stay the user's): {@code STEP(x BY n)}, {@code WINDOWED BY
 * STAGGER (…)}, and the windows a join puts on its streams ({@code FROM s OVER (…)}, {@code OVER w} with
 * {@code WINDOW w AS (…)}).
 */
final class DialectClauses {

    private DialectClauses() {
    }

    /**
     * {@code WINDOWED BY STAGGER (PARTITION BY k1, k2 RANGE INTERVAL 'n' unit)} as {@code GROUP BY k1, k2,
     * "$S"(ROWTIME)}: the keys stay where they were, {@code GROUP BY} takes WINDOWED's place and the marker RANGE's,
     * the rest is blanked (line breaks kept), so positions stay the user's. The interval is read by
     * {@link #staggerLength}.
     */
    static String staggerRewritten(SqlScript script, Statement st, String text) throws SqlCodeException {
        Stagger s = stagger(script, st);
        if (s == null) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        blank(sb, s.windowedStart(), s.keysStart());
        sb.replace(s.windowedStart(), s.windowedStart() + "GROUP BY".length(), "GROUP BY");
        blank(sb, s.rangeStart(), s.end());
        String marker = ", \"$S\"(ROWTIME)";
        boolean fits = s.end() - s.rangeStart() >= marker.length()
                && text.substring(s.rangeStart(), s.rangeStart() + marker.length()).indexOf('\n') < 0;
        if (fits) {
            sb.replace(s.rangeStart(), s.rangeStart() + marker.length(), marker);
        } else {
            sb.insert(s.rangeStart(), marker);
        }
        return sb.toString();
    }

    static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = sb.charAt(i);
            if (c != '\n' && c != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
    }

    /**
     * A window on a stream in a join ({@code FROM s OVER (RANGE INTERVAL …)} or {@code OVER w}): the text to blank
     * before Calcite reads the query (the OVER, and a named window's definition when only joins use it) and its
     * length.
     */
    record TableWindow(int start, int end, long length, List<int[]> alsoBlank) {
    }

    /**
     * A definition in a pump's WINDOW clause: its name, its specification's tokens, where its name starts and its
     * closing parenthesis ends, the commas around it (-1 when none), and its clause's definitions in order (with
     * where the clause's WINDOW keyword starts).
     */
    record NamedWindow(String name, List<Token> spec, int start, int end, int commaBefore, int commaAfterEnd,
            List<NamedWindow> clause, int clauseStart) {
    }

    /**
     * The windows a pump's FROM puts on its streams, in the order they appear; {@link #joinWindows} pairs them with
     * the join's sides.
     */
    static List<TableWindow> tableWindows(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        List<TableWindow> out = new ArrayList<>();
        Map<String, NamedWindow> named = namedWindows(t);
        java.util.Set<String> usedElsewhere = new java.util.HashSet<>();
        for (int i = 1; i < t.size(); i++) {
            boolean joinSide = i >= 2 && t.get(i - 1).isIdentifier()
                    && (t.get(i - 2).isWord("FROM") || t.get(i - 2).isWord("JOIN"));
            if (t.get(i).isWord("OVER") && !joinSide && i + 1 < t.size() && t.get(i + 1).isIdentifier()) {
                usedElsewhere.add(t.get(i + 1).identifier());
            }
        }
        for (int i = 2; i + 1 < t.size(); i++) {
            boolean afterTable = t.get(i).isWord("OVER") && t.get(i - 1).isIdentifier()
                    && (t.get(i - 2).isWord("FROM") || t.get(i - 2).isWord("JOIN"));
            if (!afterTable) {
                continue;
            }
            List<Token> spec;
            int end;
            List<int[]> alsoBlank = new ArrayList<>();
            if (t.get(i + 1).isSymbol("(")) {
                int j = Math.min(closing(t, i + 1) + 1, t.size());
                spec = t.subList(i + 2, j - 1);
                end = t.get(j - 1).end();
                i = j - 1;
            } else {
                NamedWindow w = t.get(i + 1).isIdentifier() ? named.get(t.get(i + 1).identifier()) : null;
                if (w == null) {
                    throw SqlScript.codeError(script.text(), t.get(i + 1).start(), "Window '"
                            + t.get(i + 1).text() + "' not found");
                }
                spec = w.spec();
                end = t.get(i + 1).end();
                if (!usedElsewhere.contains(w.name())) {
                    alsoBlank.add(definitionSpan(w, usedElsewhere));
                }
                i = i + 1;
            }
            int over = startOfOver(t, i);
            out.add(new TableWindow(over, end, joinWindowLength(script, spec, over), alsoBlank));
        }
        return out;
    }

    /** Where the OVER before token {@code i} (its window's last token) starts. */
    static int startOfOver(List<Token> t, int i) {
        for (int k = i; k >= 0; k--) {
            if (t.get(k).isWord("OVER")) {
                return t.get(k).start();
            }
        }
        return t.get(i).start();
    }

    /**
     * A joined stream's window: {@code [ORDER BY [s.]ROWTIME] RANGE INTERVAL 'n' unit PRECEDING}. AWS allows no
     * partitions in a join's windows, and an ORDER BY only on ROWTIME.
     */
    static long joinWindowLength(SqlScript script, List<Token> spec, int over) throws SqlCodeException {
        int k = 0;
        if (!spec.isEmpty() && spec.get(0).isWord("PARTITION")) {
            throw SqlScript.codeError(script.text(), spec.get(0).start(),
                    "A windowed join cannot use a partitioned window");
        }
        if (spec.size() > 2 && spec.get(0).isWord("ORDER") && spec.get(1).isWord("BY")) {
            k = 2;
            while (k < spec.size() && (spec.get(k).isIdentifier() && !spec.get(k).isWord("RANGE")
                    || spec.get(k).isSymbol("."))) {
                k++;
            }
            if (!spec.get(k - 1).isWord("ROWTIME")) {
                throw SqlScript.codeError(script.text(), spec.get(2).start(),
                        "A windowed join's window can only be ordered by ROWTIME");
            }
        }
        List<Token> rest = spec.subList(k, spec.size());
        boolean range = rest.size() == 5 && rest.get(0).isWord("RANGE") && rest.get(4).isWord("PRECEDING");
        if (!range) {
            throw SqlScript.codeError(script.text(), over,
                    "Kinesis Harness runs a joined stream's window as RANGE INTERVAL 'n' unit PRECEDING only, yet");
        }
        return staggerLength(script, rest.subList(1, 4));
    }

    /**
     * What to blank for a definition only joins use: the whole clause when every definition in it goes; otherwise
     * the definition with the comma before it (when a kept one precedes it) or after it, so the list stays whole.
     */
    private static int[] definitionSpan(NamedWindow w, java.util.Set<String> kept) {
        List<NamedWindow> clause = w.clause();
        if (clause.stream().noneMatch(d -> kept.contains(d.name()))) {
            return new int[] {w.clauseStart(), clause.get(clause.size() - 1).end()};
        }
        boolean keptBefore = false;
        for (int d = 0; clause.get(d) != w; d++) {
            // By identity: a definition's record holds its clause, so equals would never end.
            keptBefore |= kept.contains(clause.get(d).name());
        }
        if (keptBefore) {
            return new int[] {w.commaBefore(), w.end()};
        }
        return new int[] {w.start(), w.commaAfterEnd() < 0 ? w.end() : w.commaAfterEnd()};
    }

    /**
     * The pump's WINDOW clause's definitions ({@code WINDOW w1 AS (…), w2 AS (…)}), each spanning its name to its
     * closing parenthesis and the comma that joins it to the next (or the WINDOW keyword, when it is the only one).
     */
    static Map<String, NamedWindow> namedWindows(List<Token> t) {
        Map<String, NamedWindow> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isWord("WINDOW")) {
                continue;
            }
            int clauseStart = t.get(i).start();
            int j = i + 1;
            List<int[]> spans = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<List<Token>> specs = new ArrayList<>();
            while (j + 2 < t.size() && t.get(j).isIdentifier() && t.get(j + 1).isWord("AS")
                    && t.get(j + 2).isSymbol("(")) {
                int k = Math.min(closing(t, j + 2) + 1, t.size());
                int comma = k < t.size() && t.get(k).isSymbol(",") ? k : -1;
                names.add(t.get(j).identifier());
                specs.add(t.subList(j + 3, k - 1));
                spans.add(new int[] {t.get(j).start(), t.get(k - 1).end(), comma < 0 ? -1 : t.get(comma).start(),
                        comma < 0 ? -1 : t.get(comma).end()});
                j = comma < 0 ? k : comma + 1;
                if (comma < 0) {
                    break;
                }
            }
            List<NamedWindow> clause = new ArrayList<>();
            for (int d = 0; d < names.size(); d++) {
                int[] span = spans.get(d);
                clause.add(new NamedWindow(names.get(d), specs.get(d), span[0], span[1],
                        d == 0 ? -1 : spans.get(d - 1)[2], span[3], clause, clauseStart));
            }
            for (NamedWindow def : clause) {
                out.put(def.name(), def);
            }
            i = j - 1;
        }
        return out;
    }

    /** The join windows of a pump, left then right, in milliseconds (0: a side without a window). */
    static long[] joinWindows(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        List<Long> sides = new ArrayList<>();
        List<TableWindow> windows = tableWindows(script, st);
        for (int i = 1; i < t.size(); i++) {
            boolean table = t.get(i).isIdentifier() && (t.get(i - 1).isWord("FROM") || t.get(i - 1).isWord("JOIN"));
            if (table) {
                long length = 0;
                for (TableWindow w : windows) {
                    if (w.start() > t.get(i).start() && (i + 1 >= t.size() || w.start() == t.get(i + 1).start())) {
                        length = w.length();
                    }
                }
                sides.add(length);
            }
        }
        return sides.size() >= 2 ? new long[] {sides.get(sides.size() - 2), sides.get(sides.size() - 1)}
                : new long[] {0, 0};
    }

    /** Where a pump's stagger clause is, and its window's length. */
    record Stagger(int windowedStart, int keysStart, int rangeStart, int end, long length) {
    }

    static Stagger stagger(SqlScript script, Statement st) throws SqlCodeException {
        List<Token> t = st.tokens();
        for (int i = 0; i + 5 < t.size(); i++) {
            if (!(t.get(i).isWord("WINDOWED") && t.get(i + 1).isWord("BY"))) {
                continue;
            }
            int at = t.get(i).start();
            if (!t.get(i + 2).isWord("STAGGER") || !t.get(i + 3).isSymbol("(") || !t.get(i + 4).isWord("PARTITION")
                    || !t.get(i + 5).isWord("BY")) {
                throw SqlScript.codeError(script.text(), at, "Expected WINDOWED BY STAGGER (PARTITION BY … RANGE "
                        + "INTERVAL …)");
            }
            int range = atTopLevel(t, i + 3, "RANGE");
            int j = closing(t, i + 3);
            if (range < 0 || j >= t.size()) {
                throw SqlScript.codeError(script.text(), at, "A stagger window needs RANGE INTERVAL … after its "
                        + "PARTITION BY keys");
            }
            long length = staggerLength(script, t.subList(range + 1, j));
            return new Stagger(at, t.get(i + 6).start(), t.get(range).start(), t.get(j).end(), length);
        }
        return null;
    }

    /** A stagger window's length from {@code INTERVAL 'n' unit}, in milliseconds. */
    static long staggerLength(SqlScript script, List<Token> interval) throws SqlCodeException {
        if (interval.size() < 3 || !interval.get(0).isWord("INTERVAL") || interval.get(1).kind() != SqlScript.Kind.STRING) {
            throw SqlScript.codeError(script.text(), interval.isEmpty() ? 0 : interval.get(0).start(),
                    "A stagger window's RANGE is INTERVAL 'n' SECOND|MINUTE|HOUR|DAY");
        }
        long n;
        try {
            n = Long.parseLong(interval.get(1).text().trim());
        } catch (NumberFormatException e) {
            throw SqlScript.codeError(script.text(), interval.get(1).start(), "A stagger window's length is a whole "
                    + "number of its unit");
        }
        long unit = switch (interval.get(2).text().toUpperCase(java.util.Locale.ROOT)) {
            case "SECOND" -> 1000L;
            case "MINUTE" -> 60_000L;
            case "HOUR" -> 3_600_000L;
            case "DAY" -> 86_400_000L;
            default -> throw SqlScript.codeError(script.text(), interval.get(2).start(), "A stagger window's RANGE "
                    + "is INTERVAL 'n' SECOND|MINUTE|HOUR|DAY");
        };
        return n * unit;
    }

    /** {@code STEP(x BY n)} as {@code STEP(x , n)}: the same length, so positions stay the user's. */
    static String stepRewritten(SqlScript script, Statement st, String text) {
        StringBuilder sb = new StringBuilder(text);
        List<Token> t = st.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).isWord("STEP") && t.get(i + 1).isSymbol("(")) {
                int by = atTopLevel(t, i + 1, "BY");
                if (by >= 0) {
                    sb.replace(t.get(by).start(), t.get(by).end(), ", ");
                }
            }
        }
        return sb.toString();
    }

    /** The index of the parenthesis closing the one at {@code open}, or the tokens' size when none does. */
    static int closing(List<Token> t, int open) {
        int depth = 0;
        for (int j = open; j < t.size(); j++) {
            if (t.get(j).isSymbol("(")) {
                depth++;
            } else if (t.get(j).isSymbol(")") && --depth == 0) {
                return j;
            }
        }
        return t.size();
    }

    /** The first {@code word} directly inside the parentheses opening at {@code open} (not nested), or -1. */
    static int atTopLevel(List<Token> t, int open, String word) {
        int depth = 0;
        for (int j = open; j < t.size(); j++) {
            if (t.get(j).isSymbol("(")) {
                depth++;
            } else if (t.get(j).isSymbol(")") && --depth == 0) {
                return -1;
            } else if (depth == 1 && t.get(j).isWord(word)) {
                return j;
            }
        }
        return -1;
    }
}
