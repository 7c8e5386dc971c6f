// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ApplicationConfigurationUpdate} shape. */
public record ApplicationConfigurationUpdate(
        @JsonProperty("SqlApplicationConfigurationUpdate") SqlApplicationConfigurationUpdate sqlApplicationConfigurationUpdate,
        @JsonProperty("ApplicationCodeConfigurationUpdate") ApplicationCodeConfigurationUpdate applicationCodeConfigurationUpdate,
        @JsonProperty("FlinkApplicationConfigurationUpdate") FlinkApplicationConfigurationUpdate flinkApplicationConfigurationUpdate,
        @JsonProperty("EnvironmentPropertyUpdates") EnvironmentPropertyUpdates environmentPropertyUpdates,
        @JsonProperty("ApplicationSnapshotConfigurationUpdate") ApplicationSnapshotConfigurationUpdate applicationSnapshotConfigurationUpdate,
        @JsonProperty("ApplicationSystemRollbackConfigurationUpdate") ApplicationSystemRollbackConfigurationUpdate applicationSystemRollbackConfigurationUpdate,
        @JsonProperty("VpcConfigurationUpdates") List<VpcConfigurationUpdate> vpcConfigurationUpdates,
        @JsonProperty("ZeppelinApplicationConfigurationUpdate") ZeppelinApplicationConfigurationUpdate zeppelinApplicationConfigurationUpdate,
        @JsonProperty("ApplicationEncryptionConfigurationUpdate") ApplicationEncryptionConfigurationUpdate applicationEncryptionConfigurationUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "sqlApplicationConfigurationUpdate" : path + ".sqlApplicationConfigurationUpdate";
        SqlApplicationConfigurationUpdate.check(v, p, value.sqlApplicationConfigurationUpdate());
        p = path.isEmpty() ? "applicationCodeConfigurationUpdate" : path + ".applicationCodeConfigurationUpdate";
        ApplicationCodeConfigurationUpdate.check(v, p, value.applicationCodeConfigurationUpdate());
        p = path.isEmpty() ? "flinkApplicationConfigurationUpdate" : path + ".flinkApplicationConfigurationUpdate";
        FlinkApplicationConfigurationUpdate.check(v, p, value.flinkApplicationConfigurationUpdate());
        p = path.isEmpty() ? "environmentPropertyUpdates" : path + ".environmentPropertyUpdates";
        EnvironmentPropertyUpdates.check(v, p, value.environmentPropertyUpdates());
        p = path.isEmpty() ? "applicationSnapshotConfigurationUpdate" : path + ".applicationSnapshotConfigurationUpdate";
        ApplicationSnapshotConfigurationUpdate.check(v, p, value.applicationSnapshotConfigurationUpdate());
        p = path.isEmpty() ? "applicationSystemRollbackConfigurationUpdate" : path + ".applicationSystemRollbackConfigurationUpdate";
        ApplicationSystemRollbackConfigurationUpdate.check(v, p, value.applicationSystemRollbackConfigurationUpdate());
        p = path.isEmpty() ? "vpcConfigurationUpdates" : path + ".vpcConfigurationUpdates";
        if (value.vpcConfigurationUpdates() != null) {
            for (int i = 0; i < value.vpcConfigurationUpdates().size(); i++) {
                VpcConfigurationUpdate.check(v, p + "." + (i + 1) + ".member", value.vpcConfigurationUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "zeppelinApplicationConfigurationUpdate" : path + ".zeppelinApplicationConfigurationUpdate";
        ZeppelinApplicationConfigurationUpdate.check(v, p, value.zeppelinApplicationConfigurationUpdate());
        p = path.isEmpty() ? "applicationEncryptionConfigurationUpdate" : path + ".applicationEncryptionConfigurationUpdate";
        ApplicationEncryptionConfigurationUpdate.check(v, p, value.applicationEncryptionConfigurationUpdate());
    }
}
