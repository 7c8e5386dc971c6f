// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code DatabaseSourceDescription} shape. */
public record DatabaseSourceDescription(
        @JsonProperty("Type") String type,
        @JsonProperty("Endpoint") String endpoint,
        @JsonProperty("Port") Integer port,
        @JsonProperty("SSLMode") String sSLMode,
        @JsonProperty("Databases") DatabaseList databases,
        @JsonProperty("Tables") DatabaseTableList tables,
        @JsonProperty("Columns") DatabaseColumnList columns,
        @JsonProperty("SurrogateKeys") List<String> surrogateKeys,
        @JsonProperty("SnapshotWatermarkTable") String snapshotWatermarkTable,
        @JsonProperty("SnapshotInfo") List<DatabaseSnapshotInfo> snapshotInfo,
        @JsonProperty("DatabaseSourceAuthenticationConfiguration") DatabaseSourceAuthenticationConfiguration databaseSourceAuthenticationConfiguration,
        @JsonProperty("DatabaseSourceVPCConfiguration") DatabaseSourceVPCConfiguration databaseSourceVPCConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DatabaseSourceDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "type" : path + ".type";
        v.oneOf(p, value.type(), FirehoseShapes.DATABASE_TYPE);
        p = path.isEmpty() ? "endpoint" : path + ".endpoint";
        v.pattern(p, value.endpoint(), FirehoseShapes.DATABASE_ENDPOINT_PATTERN);
        v.length(p, value.endpoint(), 1, 255);
        p = path.isEmpty() ? "port" : path + ".port";
        v.range(p, value.port(), 0L, 65535L);
        p = path.isEmpty() ? "sSLMode" : path + ".sSLMode";
        v.oneOf(p, value.sSLMode(), FirehoseShapes.SSLMODE);
        p = path.isEmpty() ? "databases" : path + ".databases";
        DatabaseList.check(v, p, value.databases());
        p = path.isEmpty() ? "tables" : path + ".tables";
        DatabaseTableList.check(v, p, value.tables());
        p = path.isEmpty() ? "columns" : path + ".columns";
        DatabaseColumnList.check(v, p, value.columns());
        p = path.isEmpty() ? "surrogateKeys" : path + ".surrogateKeys";
        v.elementLengths(p, value.surrogateKeys(), 1, 194);
        p = path.isEmpty() ? "snapshotWatermarkTable" : path + ".snapshotWatermarkTable";
        v.pattern(p, value.snapshotWatermarkTable(), FirehoseShapes.DATABASE_TABLE_NAME_PATTERN);
        v.length(p, value.snapshotWatermarkTable(), 1, 129);
        p = path.isEmpty() ? "snapshotInfo" : path + ".snapshotInfo";
        if (value.snapshotInfo() != null) {
            for (int i = 0; i < value.snapshotInfo().size(); i++) {
                DatabaseSnapshotInfo.check(v, p + "." + (i + 1) + ".member", value.snapshotInfo().get(i));
            }
        }
        p = path.isEmpty() ? "databaseSourceAuthenticationConfiguration" : path + ".databaseSourceAuthenticationConfiguration";
        DatabaseSourceAuthenticationConfiguration.check(v, p, value.databaseSourceAuthenticationConfiguration());
        p = path.isEmpty() ? "databaseSourceVPCConfiguration" : path + ".databaseSourceVPCConfiguration";
        DatabaseSourceVPCConfiguration.check(v, p, value.databaseSourceVPCConfiguration());
    }
}
