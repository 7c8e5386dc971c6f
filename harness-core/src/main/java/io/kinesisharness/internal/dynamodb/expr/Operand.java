package io.kinesisharness.internal.dynamodb.expr;

import io.kinesisharness.internal.dynamodb.model.AttributeValue;

/** A value in an expression: a document path, a placeholder's value, or a function or arithmetic of them. */
public sealed interface Operand {

    /** An attribute read from the item (missing: no value). */
    record PathOperand(Path path) implements Operand {
    }

    /** A value from ExpressionAttributeValues (or a legacy parameter's value). */
    record Value(AttributeValue value, String placeholder) implements Operand {
    }

    /** {@code size(path)}. */
    record Size(Path path) implements Operand {
    }

    /** {@code if_not_exists(path, value)}: the attribute if it exists, else the value (SET only). */
    record IfNotExists(Path path, Operand fallback) implements Operand {
    }

    /** {@code list_append(a, b)} (SET only). */
    record ListAppend(Operand first, Operand second) implements Operand {
    }

    /** {@code a + b} or {@code a - b} (SET only). */
    record Arithmetic(Operand left, char operator, Operand right) implements Operand {
    }
}
