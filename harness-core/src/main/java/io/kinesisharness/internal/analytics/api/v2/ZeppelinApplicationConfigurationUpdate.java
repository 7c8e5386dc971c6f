// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ZeppelinApplicationConfigurationUpdate} shape. */
public record ZeppelinApplicationConfigurationUpdate(
        @JsonProperty("MonitoringConfigurationUpdate") ZeppelinMonitoringConfigurationUpdate monitoringConfigurationUpdate,
        @JsonProperty("CatalogConfigurationUpdate") CatalogConfigurationUpdate catalogConfigurationUpdate,
        @JsonProperty("DeployAsApplicationConfigurationUpdate") DeployAsApplicationConfigurationUpdate deployAsApplicationConfigurationUpdate,
        @JsonProperty("CustomArtifactsConfigurationUpdate") List<CustomArtifactConfiguration> customArtifactsConfigurationUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ZeppelinApplicationConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "monitoringConfigurationUpdate" : path + ".monitoringConfigurationUpdate";
        ZeppelinMonitoringConfigurationUpdate.check(v, p, value.monitoringConfigurationUpdate());
        p = path.isEmpty() ? "catalogConfigurationUpdate" : path + ".catalogConfigurationUpdate";
        CatalogConfigurationUpdate.check(v, p, value.catalogConfigurationUpdate());
        p = path.isEmpty() ? "deployAsApplicationConfigurationUpdate" : path + ".deployAsApplicationConfigurationUpdate";
        DeployAsApplicationConfigurationUpdate.check(v, p, value.deployAsApplicationConfigurationUpdate());
        p = path.isEmpty() ? "customArtifactsConfigurationUpdate" : path + ".customArtifactsConfigurationUpdate";
        v.size(p, value.customArtifactsConfigurationUpdate(), 0, 50);
        if (value.customArtifactsConfigurationUpdate() != null) {
            for (int i = 0; i < value.customArtifactsConfigurationUpdate().size(); i++) {
                CustomArtifactConfiguration.check(v, p + "." + (i + 1) + ".member", value.customArtifactsConfigurationUpdate().get(i));
            }
        }
    }
}
