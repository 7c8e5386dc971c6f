package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.StreamableTable;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The in-application streams as Calcite's validator sees them: tables that may be read as streams, with ROWTIME as
 * their first column, ascending (so the validator knows it monotonic), then the user's columns, then, for the
 * streams inputs feed, {@code APPROXIMATE_ARRIVAL_TIME}. Names are matched case-sensitively, after the parser has
 * upper-cased the unquoted ones: KDA's identifier rules.
 */
final class StreamCatalog {

    static final String ROWTIME = "ROWTIME";
    static final String APPROXIMATE_ARRIVAL_TIME = "APPROXIMATE_ARRIVAL_TIME";

    /** A stream's declaration: its user columns, and whether an input feeds it (it then has the arrival time). */
    record StreamDef(String name, List<String> columns, List<RelDataType> types, boolean input) {
    }

    /** A reference table's declaration: its columns (no ROWTIME: a table is not a stream). */
    record TableDef(String name, List<String> columns, List<RelDataType> types) {
    }

    final JavaTypeFactoryImpl types = new JavaTypeFactoryImpl();
    private final Map<String, TableDef> tables = new LinkedHashMap<>();

    void add(TableDef def) {
        tables.put(def.name(), def);
        root.add(def.name(), new AbstractTable() {
            @Override
            public RelDataType getRowType(RelDataTypeFactory factory) {
                RelDataTypeFactory.Builder b = factory.builder();
                for (int i = 0; i < def.columns().size(); i++) {
                    b.add(def.columns().get(i), def.types().get(i));
                }
                return b.build();
            }
        });
    }

    TableDef table(String name) {
        return tables.get(name);
    }
    private final CalciteSchema root = CalciteSchema.createRootSchema(false, false);
    private final Map<String, StreamDef> streams = new LinkedHashMap<>();

    void add(StreamDef def) {
        streams.put(def.name(), def);
        root.add(def.name(), new StreamTable(def));
    }

    StreamDef find(String name) {
        return streams.get(name);
    }

    Map<String, StreamDef> streams() {
        return streams;
    }

    CalciteCatalogReader reader() {
        Properties p = new Properties();
        p.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
        return new CalciteCatalogReader(root, List.of(), types, new CalciteConnectionConfigImpl(p));
    }

    /** The engine's view of a Calcite type. */
    static ColumnType columnType(RelDataType t) {
        SqlTypeName n = t.getSqlTypeName();
        String name = switch (n) {
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR,
                    INTERVAL_HOUR_MINUTE, INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND,
                    INTERVAL_SECOND -> "INTERVAL_DAY_TIME";
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "TIMESTAMP";
            default -> n.getName();
        };
        boolean precise = n.allowsPrec() && t.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED;
        boolean scaled = n.allowsScale() && t.getScale() != RelDataType.SCALE_NOT_SPECIFIED;
        return new ColumnType(name, precise ? t.getPrecision() : -1, scaled ? t.getScale() : -1, t.isNullable());
    }

    private final class StreamTable extends AbstractTable implements StreamableTable {
        private final StreamDef def;

        StreamTable(StreamDef def) {
            this.def = def;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory factory) {
            RelDataTypeFactory.Builder b = factory.builder();
            b.add(ROWTIME, factory.createSqlType(SqlTypeName.TIMESTAMP, 3));
            for (int i = 0; i < def.columns().size(); i++) {
                b.add(def.columns().get(i), def.types().get(i));
            }
            if (def.input()) {
                b.add(APPROXIMATE_ARRIVAL_TIME, factory.createTypeWithNullability(
                        factory.createSqlType(SqlTypeName.TIMESTAMP, 3), true));
            }
            return b.build();
        }

        @Override
        public Statistic getStatistic() {
            return Statistics.of(1000d, List.of(),
                    List.of(RelCollations.of(new RelFieldCollation(0, RelFieldCollation.Direction.ASCENDING))));
        }

        @Override
        public Table stream() {
            return this;
        }
    }
}
