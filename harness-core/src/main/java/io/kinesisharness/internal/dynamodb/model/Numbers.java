package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import java.math.BigDecimal;

/**
 * DynamoDB's numbers: up to 38 significant digits, magnitudes from 1E-130 to below 1E+126 (or zero), compared
 * numerically, written back without exponent or trailing zeros ({@code 1.0E-6} comes back as {@code 0.000001}).
 */
public final class Numbers {

    private static final BigDecimal MAX = new BigDecimal("1E+126");
    private static final BigDecimal MIN = new BigDecimal("1E-130");

    private Numbers() {
    }

    /** Parses a number's text; AWS's ValidationException when it is not one DynamoDB stores. */
    public static BigDecimal parse(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DynamoDbErrors.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return canonical(d);
    }

    /** Checks a computed or parsed number against DynamoDB's range and precision. */
    public static BigDecimal canonical(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.precision() > 38) {
            throw DynamoDbErrors.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal abs = stripped.abs();
        if (abs.compareTo(MAX) >= 0) {
            throw DynamoDbErrors.validation("Number overflow. Attempting to store a number with magnitude larger "
                    + "than supported range");
        }
        if (abs.compareTo(MIN) < 0) {
            throw DynamoDbErrors.validation("Number underflow. Attempting to store a number with magnitude smaller "
                    + "than supported range");
        }
        return stripped;
    }

    /** The canonical text: plain notation, no trailing zeros. */
    public static String text(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
