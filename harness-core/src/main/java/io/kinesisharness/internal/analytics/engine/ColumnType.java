package io.kinesisharness.internal.analytics.engine;

/**
 * A column's SQL type as the engine's operators see it (no Calcite classes at run time): the type's name as SQL
 * spells it ({@code VARCHAR}, {@code TIMESTAMP}), its precision and scale where it has them (-1 where not), and
 * whether it may be null.
 */
public record ColumnType(String name, int precision, int scale, boolean nullable) {

    public static final ColumnType TIMESTAMP = new ColumnType("TIMESTAMP", 3, -1, false);

    public boolean isExactInteger() {
        return switch (name) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> true;
            default -> false;
        };
    }

    public boolean isApproximate() {
        return name.equals("DOUBLE") || name.equals("REAL") || name.equals("FLOAT");
    }

    public boolean isCharacter() {
        return name.equals("CHAR") || name.equals("VARCHAR");
    }

    public boolean isBinary() {
        return name.equals("BINARY") || name.equals("VARBINARY");
    }

    public boolean isInterval() {
        return name.startsWith("INTERVAL");
    }

    /** As a column definition prints it: {@code VARCHAR(4)}, {@code DECIMAL(10,2)}, {@code INTEGER}. */
    public String sql() {
        return switch (name) {
            case "CHAR", "VARCHAR", "BINARY", "VARBINARY" -> precision >= 0 ? name + "(" + precision + ")" : name;
            case "DECIMAL" -> precision >= 0 ? name + "(" + precision + (scale > 0 ? "," + scale : "") + ")" : name;
            default -> name;
        };
    }
}
