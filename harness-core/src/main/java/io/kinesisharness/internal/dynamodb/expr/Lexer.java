package io.kinesisharness.internal.dynamodb.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens: names, {@code #placeholders}, {@code :placeholders}, numbers, symbols. */
final class Lexer {

    enum Kind { NAME, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, NUMBER, SYMBOL, EOF }

    record Token(Kind kind, String text, int position) {
        boolean is(String symbolOrKeyword) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equalsIgnoreCase(symbolOrKeyword);
        }
    }

    private Lexer() {
    }

    /** The tokens, ending with EOF; an unknown character is a token of its own, which the parser refuses. */
    static List<Token> tokens(String expression) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '#' || c == ':') {
                i++;
                while (i < n && isNameChar(expression.charAt(i))) {
                    i++;
                }
                out.add(new Token(c == '#' ? Kind.NAME_PLACEHOLDER : Kind.VALUE_PLACEHOLDER,
                        expression.substring(start, i), start));
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, expression.substring(start, i), start));
            } else if (isNameStart(c)) {
                while (i < n && isNameChar(expression.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NAME, expression.substring(start, i), start));
            } else if ((c == '<' || c == '>') && i + 1 < n
                    && (expression.charAt(i + 1) == '=' || c == '<' && expression.charAt(i + 1) == '>')) {
                out.add(new Token(Kind.SYMBOL, expression.substring(i, i + 2), start));
                i += 2;
            } else {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), start));
                i++;
            }
        }
        out.add(new Token(Kind.EOF, "<EOF>", n));
        return out;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
