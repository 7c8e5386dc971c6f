package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.errors.AwsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses DynamoDB's expression languages by recursive descent, with AWS's messages: condition-like expressions
 * (ConditionExpression, FilterExpression, KeyConditionExpression), UpdateExpression and ProjectionExpression.
 * Placeholders are resolved while parsing (so a path holds real names and a value operand its value).
 */
public final class Parser {

    private static final Set<String> RESERVED = loadReserved();
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains");
    private static final Set<String> OPERAND_FUNCTIONS = Set.of("size", "if_not_exists", "list_append");
    private static final Set<String> COMPARATORS = Set.of("=", "<>", "<", "<=", ">", ">=");
    private static final int MAX_LENGTH = 4096;

    private final String expression;
    private final String kind;
    private final Placeholders placeholders;
    private final List<Lexer.Token> tokens;
    private int pos;

    private Parser(String expression, String kind, Placeholders placeholders) {
        this.expression = expression;
        this.kind = kind;
        this.placeholders = placeholders;
        this.tokens = Lexer.tokens(expression);
    }

    /** @param kind the parameter's name as AWS's messages give it: {@code ConditionExpression}, ... */
    public static Condition condition(String expression, String kind, Placeholders placeholders) {
        Parser p = new Parser(checkLength(expression, kind), kind, placeholders);
        Condition c = p.orCondition();
        p.expectEnd();
        return c;
    }

    public static List<UpdateAction> update(String expression, Placeholders placeholders) {
        Parser p = new Parser(checkLength(expression, "UpdateExpression"), "UpdateExpression", placeholders);
        List<UpdateAction> actions = p.updateClauses();
        p.expectEnd();
        return actions;
    }

    public static List<Path> projection(String expression, Placeholders placeholders) {
        Parser p = new Parser(checkLength(expression, "ProjectionExpression"), "ProjectionExpression", placeholders);
        List<Path> paths = new ArrayList<>();
        paths.add(p.path());
        while (p.peek().is(",")) {
            p.pos++;
            paths.add(p.path());
        }
        p.expectEnd();
        return paths;
    }

    private static String checkLength(String expression, String kind) {
        if (expression.isBlank()) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": The expression can not be empty;");
        }
        if (expression.length() > MAX_LENGTH) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": Expression size has exceeded the maximum allowed "
                    + "size; expression size: " + expression.length());
        }
        return expression;
    }

    // ---- conditions ----

    private Condition orCondition() {
        Condition left = andCondition();
        while (peek().is("OR")) {
            pos++;
            left = new Condition.Or(left, andCondition());
        }
        return left;
    }

    private Condition andCondition() {
        Condition left = notCondition();
        while (peek().is("AND")) {
            pos++;
            left = new Condition.And(left, notCondition());
        }
        return left;
    }

    private Condition notCondition() {
        if (peek().is("NOT")) {
            pos++;
            return new Condition.Not(notCondition());
        }
        return predicate();
    }

    private Condition predicate() {
        Lexer.Token t = peek();
        if (t.is("(")) {
            pos++;
            Condition inner = orCondition();
            expect(")");
            return inner;
        }
        if (t.kind() == Lexer.Kind.NAME && peek(1).is("(") && CONDITION_FUNCTIONS.contains(t.text())) {
            return conditionFunction();
        }
        Operand left = operand(false);
        Lexer.Token op = peek();
        if (op.kind() == Lexer.Kind.SYMBOL && COMPARATORS.contains(op.text())) {
            pos++;
            return new Condition.Compare(op.text(), left, operand(false));
        }
        if (op.is("BETWEEN")) {
            pos++;
            Operand low = operand(false);
            expect("AND");
            return new Condition.Between(left, low, operand(false));
        }
        if (op.is("IN")) {
            pos++;
            expect("(");
            List<Operand> candidates = new ArrayList<>();
            candidates.add(operand(false));
            while (peek().is(",")) {
                pos++;
                candidates.add(operand(false));
            }
            expect(")");
            if (candidates.size() > 100) {
                throw invalid("The IN operator is provided with too many operands; number of operands: "
                        + candidates.size());
            }
            return new Condition.In(left, candidates);
        }
        throw syntax(op);
    }

    private Condition conditionFunction() {
        String name = next().text();
        expect("(");
        List<Operand> args = new ArrayList<>();
        if (!peek().is(")")) {
            args.add(operand(false));
            while (peek().is(",")) {
                pos++;
                args.add(operand(false));
            }
        }
        expect(")");
        int wanted = name.startsWith("attribute_") && !name.equals("attribute_type") ? 1 : 2;
        if (args.size() != wanted) {
            throw invalid("Incorrect number of operands for operator or function; operator or function: " + name
                    + ", number of operands: " + args.size());
        }
        if (!(args.get(0) instanceof Operand.PathOperand)) {
            throw invalid("Operator or function requires a document path; operator or function: " + name);
        }
        Lexer.Token after = peek();
        if (after.kind() == Lexer.Kind.SYMBOL && COMPARATORS.contains(after.text())) {
            throw invalid("The function is not allowed to be used this way in an expression; function: " + name);
        }
        return new Condition.Function(name, args);
    }

    // ---- operands ----

    /** @param update whether SET's value forms (if_not_exists, list_append, + and -) are allowed */
    private Operand operand(boolean update) {
        Lexer.Token t = peek();
        if (t.kind() == Lexer.Kind.VALUE_PLACEHOLDER) {
            pos++;
            return new Operand.Value(placeholders.value(t.text(), kind), t.text());
        }
        if (t.kind() == Lexer.Kind.NAME && peek(1).is("(")) {
            String fn = t.text();
            if (CONDITION_FUNCTIONS.contains(fn)) {
                throw invalid("The function is not allowed to be used this way in an expression; function: " + fn);
            }
            if (!OPERAND_FUNCTIONS.contains(fn)) {
                throw invalid("Invalid function name; function: " + fn);
            }
            if (!update && !fn.equals("size")) {
                throw invalid("The function is not allowed in a condition expression; function: " + fn);
            }
            if (update && fn.equals("size")) {
                throw invalid("The function is not allowed in an update expression; function: " + fn);
            }
            pos += 2;
            Operand result = switch (fn) {
                case "size" -> new Operand.Size(pathArgument(fn));
                case "if_not_exists" -> {
                    Path p = pathArgument(fn);
                    expect(",");
                    yield new Operand.IfNotExists(p, operand(true));
                }
                default -> {
                    Operand a = operand(true);
                    expect(",");
                    yield new Operand.ListAppend(a, operand(true));
                }
            };
            expect(")");
            return result;
        }
        if (t.kind() == Lexer.Kind.NAME || t.kind() == Lexer.Kind.NAME_PLACEHOLDER) {
            return new Operand.PathOperand(path());
        }
        throw syntax(t);
    }

    private Path pathArgument(String fn) {
        Lexer.Token t = peek();
        if (t.kind() != Lexer.Kind.NAME && t.kind() != Lexer.Kind.NAME_PLACEHOLDER) {
            if (t.kind() == Lexer.Kind.VALUE_PLACEHOLDER) {
                throw invalid("Operator or function requires a document path; operator or function: " + fn);
            }
            throw syntax(t);
        }
        return path();
    }

    Path path() {
        List<Object> elements = new ArrayList<>();
        elements.add(pathName());
        while (true) {
            Lexer.Token t = peek();
            if (t.is(".")) {
                pos++;
                elements.add(pathName());
            } else if (t.is("[")) {
                pos++;
                Lexer.Token n = next();
                if (n.kind() != Lexer.Kind.NUMBER) {
                    throw syntax(n);
                }
                int index;
                try {
                    index = Integer.parseInt(n.text());
                } catch (NumberFormatException e) {
                    throw invalid("List index is not within the allowable range; index: " + n.text());
                }
                elements.add(index);
                expect("]");
            } else {
                break;
            }
        }
        if (elements.size() > 32) {
            throw invalid("The document path has too many nesting levels; nesting levels: " + elements.size());
        }
        return new Path(elements);
    }

    private String pathName() {
        Lexer.Token t = next();
        if (t.kind() == Lexer.Kind.NAME_PLACEHOLDER) {
            return placeholders.name(t.text(), kind);
        }
        if (t.kind() != Lexer.Kind.NAME) {
            throw syntax(t);
        }
        if (RESERVED.contains(t.text().toUpperCase(Locale.ROOT))) {
            throw invalid("Attribute name is a reserved keyword; reserved keyword: " + t.text());
        }
        return t.text();
    }

    // ---- updates ----

    private List<UpdateAction> updateClauses() {
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Lexer.Token clause = next();
            String name = clause.text().toUpperCase(Locale.ROOT);
            if (clause.kind() != Lexer.Kind.NAME || !Set.of("SET", "REMOVE", "ADD", "DELETE").contains(name)) {
                throw syntax(clause);
            }
            if (!seen.add(name)) {
                throw invalid("The \"" + name + "\" section can only be used once in an update expression;");
            }
            do {
                actions.add(updateAction(name));
            } while (peek().is(",") && ++pos > 0);
        } while (peek().kind() != Lexer.Kind.EOF);
        return actions;
    }

    private UpdateAction updateAction(String clause) {
        Path path = path();
        return switch (clause) {
            case "SET" -> {
                expect("=");
                Operand value = operand(true);
                Lexer.Token op = peek();
                if (op.is("+") || op.is("-")) {
                    pos++;
                    value = new Operand.Arithmetic(value, op.text().charAt(0), operand(true));
                }
                yield new UpdateAction.Set(path, value);
            }
            case "REMOVE" -> new UpdateAction.Remove(path);
            case "ADD" -> new UpdateAction.Add(path, valueOnly());
            default -> new UpdateAction.Delete(path, valueOnly());
        };
    }

    private Operand valueOnly() {
        Lexer.Token t = peek();
        if (t.kind() != Lexer.Kind.VALUE_PLACEHOLDER) {
            throw syntax(t);
        }
        pos++;
        return new Operand.Value(placeholders.value(t.text(), kind), t.text());
    }

    // ---- tokens ----

    private Lexer.Token peek() {
        return tokens.get(pos);
    }

    private Lexer.Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Lexer.Token next() {
        Lexer.Token t = tokens.get(pos);
        if (t.kind() != Lexer.Kind.EOF) {
            pos++;
        }
        return t;
    }

    private void expect(String symbol) {
        Lexer.Token t = peek();
        if (!t.is(symbol)) {
            throw syntax(t);
        }
        pos++;
    }

    private void expectEnd() {
        if (peek().kind() != Lexer.Kind.EOF) {
            throw syntax(peek());
        }
    }

    private AwsException invalid(String detail) {
        return DynamoDbErrors.validation("Invalid " + kind + ": " + detail);
    }

    /** AWS's form: the offending token and the text around it (from the token before it to the one after). */
    private AwsException syntax(Lexer.Token t) {
        int index = tokens.indexOf(t);
        int from = index > 0 ? tokens.get(index - 1).position() : t.position();
        Lexer.Token after = index + 1 < tokens.size() ? tokens.get(index + 1) : t;
        int to = t.kind() == Lexer.Kind.EOF ? expression.length()
                : after.kind() == Lexer.Kind.EOF ? expression.length() : after.position() + after.text().length();
        String near = expression.substring(from, Math.min(to, expression.length()));
        return invalid("Syntax error; token: \"" + t.text() + "\", near: \"" + near + "\"");
    }

    private static Set<String> loadReserved() {
        try (InputStream in = Parser.class.getResourceAsStream("reserved-words.txt")) {
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("reserved-words.txt missing", e);
        }
    }
}
