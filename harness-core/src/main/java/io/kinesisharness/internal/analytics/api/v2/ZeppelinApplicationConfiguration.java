// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ZeppelinApplicationConfiguration} shape. */
public record ZeppelinApplicationConfiguration(
        @JsonProperty("MonitoringConfiguration") ZeppelinMonitoringConfiguration monitoringConfiguration,
        @JsonProperty("CatalogConfiguration") CatalogConfiguration catalogConfiguration,
        @JsonProperty("DeployAsApplicationConfiguration") DeployAsApplicationConfiguration deployAsApplicationConfiguration,
        @JsonProperty("CustomArtifactsConfiguration") List<CustomArtifactConfiguration> customArtifactsConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ZeppelinApplicationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "monitoringConfiguration" : path + ".monitoringConfiguration";
        ZeppelinMonitoringConfiguration.check(v, p, value.monitoringConfiguration());
        p = path.isEmpty() ? "catalogConfiguration" : path + ".catalogConfiguration";
        CatalogConfiguration.check(v, p, value.catalogConfiguration());
        p = path.isEmpty() ? "deployAsApplicationConfiguration" : path + ".deployAsApplicationConfiguration";
        DeployAsApplicationConfiguration.check(v, p, value.deployAsApplicationConfiguration());
        p = path.isEmpty() ? "customArtifactsConfiguration" : path + ".customArtifactsConfiguration";
        v.size(p, value.customArtifactsConfiguration(), 0, 50);
        if (value.customArtifactsConfiguration() != null) {
            for (int i = 0; i < value.customArtifactsConfiguration().size(); i++) {
                CustomArtifactConfiguration.check(v, p + "." + (i + 1) + ".member", value.customArtifactsConfiguration().get(i));
            }
        }
    }
}
