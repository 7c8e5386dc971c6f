package io.kinesisharness.internal.dynamodb.expr;

import java.util.List;

/** A condition (ConditionExpression, FilterExpression, KeyConditionExpression, or a legacy parameter made into one). */
public sealed interface Condition {

    /** {@code a = b}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
    record Compare(String operator, Operand left, Operand right) implements Condition {
    }

    record Between(Operand value, Operand low, Operand high) implements Condition {
    }

    record In(Operand value, List<Operand> candidates) implements Condition {
    }

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    record Not(Condition inner) implements Condition {
    }

    /** {@code attribute_exists}, {@code attribute_not_exists}, {@code attribute_type}, {@code begins_with}, {@code contains}. */
    record Function(String name, List<Operand> arguments) implements Condition {
    }

    /** Always true (a legacy parameter with no entries). */
    record True() implements Condition {
    }
}
