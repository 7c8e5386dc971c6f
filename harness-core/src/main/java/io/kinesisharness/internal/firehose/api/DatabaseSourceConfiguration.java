// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code DatabaseSourceConfiguration} shape. */
public record DatabaseSourceConfiguration(
        @JsonProperty("Type") String type,
        @JsonProperty("Endpoint") String endpoint,
        @JsonProperty("Port") Integer port,
        @JsonProperty("SSLMode") String sSLMode,
        @JsonProperty("Databases") DatabaseList databases,
        @JsonProperty("Tables") DatabaseTableList tables,
        @JsonProperty("Columns") DatabaseColumnList columns,
        @JsonProperty("SurrogateKeys") List<String> surrogateKeys,
        @JsonProperty("SnapshotWatermarkTable") String snapshotWatermarkTable,
        @JsonProperty("DatabaseSourceAuthenticationConfiguration") DatabaseSourceAuthenticationConfiguration databaseSourceAuthenticationConfiguration,
        @JsonProperty("DatabaseSourceVPCConfiguration") DatabaseSourceVPCConfiguration databaseSourceVPCConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DatabaseSourceConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "type" : path + ".type";
        v.notNull(p, value.type());
        v.oneOf(p, value.type(), FirehoseShapes.DATABASE_TYPE);
        p = path.isEmpty() ? "endpoint" : path + ".endpoint";
        v.notNull(p, value.endpoint());
        v.pattern(p, value.endpoint(), FirehoseShapes.DATABASE_ENDPOINT_PATTERN);
        v.length(p, value.endpoint(), 1, 255);
        p = path.isEmpty() ? "port" : path + ".port";
        v.notNull(p, value.port());
        v.range(p, value.port(), 0L, 65535L);
        p = path.isEmpty() ? "sSLMode" : path + ".sSLMode";
        v.oneOf(p, value.sSLMode(), FirehoseShapes.SSLMODE);
        p = path.isEmpty() ? "databases" : path + ".databases";
        v.notNull(p, value.databases());
        DatabaseList.check(v, p, value.databases());
        p = path.isEmpty() ? "tables" : path + ".tables";
        v.notNull(p, value.tables());
        DatabaseTableList.check(v, p, value.tables());
        p = path.isEmpty() ? "columns" : path + ".columns";
        DatabaseColumnList.check(v, p, value.columns());
        p = path.isEmpty() ? "surrogateKeys" : path + ".surrogateKeys";
        v.elementLengths(p, value.surrogateKeys(), 1, 1024);
        p = path.isEmpty() ? "snapshotWatermarkTable" : path + ".snapshotWatermarkTable";
        v.notNull(p, value.snapshotWatermarkTable());
        v.pattern(p, value.snapshotWatermarkTable(), FirehoseShapes.DATABASE_TABLE_NAME_PATTERN);
        v.length(p, value.snapshotWatermarkTable(), 1, 129);
        p = path.isEmpty() ? "databaseSourceAuthenticationConfiguration" : path + ".databaseSourceAuthenticationConfiguration";
        v.notNull(p, value.databaseSourceAuthenticationConfiguration());
        DatabaseSourceAuthenticationConfiguration.check(v, p, value.databaseSourceAuthenticationConfiguration());
        p = path.isEmpty() ? "databaseSourceVPCConfiguration" : path + ".databaseSourceVPCConfiguration";
        v.notNull(p, value.databaseSourceVPCConfiguration());
        DatabaseSourceVPCConfiguration.check(v, p, value.databaseSourceVPCConfiguration());
    }
}
