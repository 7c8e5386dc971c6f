package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import java.util.ArrayList;
import java.util.List;

/**
 * An application's code cut into statements and tokens, by the dialect's lexical rules: {@code --} and
 * {@code /* *}{@code /} comments, {@code '…'} strings and {@code "…"} identifiers with doubled quotes as escapes,
 * {@code ;} between statements. The statements' headers ({@code CREATE OR REPLACE STREAM|PUMP}) are read from the
 * tokens; their bodies go to Calcite's parser in the script's own coordinates, so its positions are the user's.
 */
final class SqlScript {

    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** A token: its kind, its text (a quoted identifier's without quotes, unescaped) and where it starts and ends. */
    record Token(Kind kind, String text, int start, int end) {

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String s) {
            return kind == Kind.SYMBOL && text.equals(s);
        }

        /** The identifier this token names: an unquoted word upper-cased, a quoted one as written. */
        String identifier() {
            return kind == Kind.QUOTED ? text : text.toUpperCase(java.util.Locale.ROOT);
        }

        boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    /** One statement: its tokens (none of them the closing {@code ;}) and its span in the script. */
    record Statement(List<Token> tokens, int start, int end) {
    }

    private final String text;

    SqlScript(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    List<Statement> statements() throws SqlCodeException {
        List<Statement> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens()) {
            if (t.isSymbol(";")) {
                if (!current.isEmpty()) {
                    out.add(new Statement(current, current.get(0).start(), t.start()));
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(new Statement(current, current.get(0).start(), current.get(current.size() - 1).end()));
        }
        return out;
    }

    List<Token> tokens() throws SqlCodeException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    throw SqlScript.codeError(text, i, "Lexical error: unterminated comment");
                }
                i = close + 2;
            } else if (c == '\'' || c == '"') {
                int start = i;
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw SqlScript.codeError(text, start, c == '\'' ? "Lexical error: unterminated string literal"
                                : "Lexical error: unterminated quoted identifier");
                    }
                    char d = text.charAt(i);
                    if (d == c) {
                        if (i + 1 < n && text.charAt(i + 1) == c) {
                            sb.append(c);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(d);
                    i++;
                }
                out.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sb.toString(), start, i));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, text.substring(start, i), start, i));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), start, i));
            } else {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }

    /**
     * The script with everything outside {@code [from, to)} blanked (line breaks kept), so a parser given it reports
     * positions in the script's own lines and columns.
     */
    String only(int from, int to) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(i >= from && i < to || c == '\n' || c == '\r' ? c : ' ');
        }
        return sb.toString();
    }

    /** An error in the code at an offset of its text, with the line and column it is at. */
    static SqlCodeException codeError(String script, int offset, String message) {
        int[] lc = lineColumn(script, offset);
        return new SqlCodeException(message, lc[0], lc[1]);
    }

    /** 1-based line and column of an offset, as Calcite's positions count them. */
    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
