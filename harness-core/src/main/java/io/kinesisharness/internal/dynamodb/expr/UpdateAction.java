package io.kinesisharness.internal.dynamodb.expr;

/** One action of an update: SET a value, REMOVE an attribute, ADD to a number or set, DELETE from a set. */
public sealed interface UpdateAction {

    Path path();

    record Set(Path path, Operand value) implements UpdateAction {
    }

    record Remove(Path path) implements UpdateAction {
    }

    record Add(Path path, Operand value) implements UpdateAction {
    }

    record Delete(Path path, Operand value) implements UpdateAction {
    }
}
