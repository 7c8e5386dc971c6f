// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ApplicationConfiguration} shape. */
public record ApplicationConfiguration(
        @JsonProperty("SqlApplicationConfiguration") SqlApplicationConfiguration sqlApplicationConfiguration,
        @JsonProperty("FlinkApplicationConfiguration") FlinkApplicationConfiguration flinkApplicationConfiguration,
        @JsonProperty("EnvironmentProperties") EnvironmentProperties environmentProperties,
        @JsonProperty("ApplicationCodeConfiguration") ApplicationCodeConfiguration applicationCodeConfiguration,
        @JsonProperty("ApplicationSnapshotConfiguration") ApplicationSnapshotConfiguration applicationSnapshotConfiguration,
        @JsonProperty("ApplicationSystemRollbackConfiguration") ApplicationSystemRollbackConfiguration applicationSystemRollbackConfiguration,
        @JsonProperty("VpcConfigurations") List<VpcConfiguration> vpcConfigurations,
        @JsonProperty("ZeppelinApplicationConfiguration") ZeppelinApplicationConfiguration zeppelinApplicationConfiguration,
        @JsonProperty("ApplicationEncryptionConfiguration") ApplicationEncryptionConfiguration applicationEncryptionConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "sqlApplicationConfiguration" : path + ".sqlApplicationConfiguration";
        SqlApplicationConfiguration.check(v, p, value.sqlApplicationConfiguration());
        p = path.isEmpty() ? "flinkApplicationConfiguration" : path + ".flinkApplicationConfiguration";
        FlinkApplicationConfiguration.check(v, p, value.flinkApplicationConfiguration());
        p = path.isEmpty() ? "environmentProperties" : path + ".environmentProperties";
        EnvironmentProperties.check(v, p, value.environmentProperties());
        p = path.isEmpty() ? "applicationCodeConfiguration" : path + ".applicationCodeConfiguration";
        ApplicationCodeConfiguration.check(v, p, value.applicationCodeConfiguration());
        p = path.isEmpty() ? "applicationSnapshotConfiguration" : path + ".applicationSnapshotConfiguration";
        ApplicationSnapshotConfiguration.check(v, p, value.applicationSnapshotConfiguration());
        p = path.isEmpty() ? "applicationSystemRollbackConfiguration" : path + ".applicationSystemRollbackConfiguration";
        ApplicationSystemRollbackConfiguration.check(v, p, value.applicationSystemRollbackConfiguration());
        p = path.isEmpty() ? "vpcConfigurations" : path + ".vpcConfigurations";
        if (value.vpcConfigurations() != null) {
            for (int i = 0; i < value.vpcConfigurations().size(); i++) {
                VpcConfiguration.check(v, p + "." + (i + 1) + ".member", value.vpcConfigurations().get(i));
            }
        }
        p = path.isEmpty() ? "zeppelinApplicationConfiguration" : path + ".zeppelinApplicationConfiguration";
        ZeppelinApplicationConfiguration.check(v, p, value.zeppelinApplicationConfiguration());
        p = path.isEmpty() ? "applicationEncryptionConfiguration" : path + ".applicationEncryptionConfiguration";
        ApplicationEncryptionConfiguration.check(v, p, value.applicationEncryptionConfiguration());
    }
}
