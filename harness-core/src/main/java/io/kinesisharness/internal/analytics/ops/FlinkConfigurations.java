package io.kinesisharness.internal.analytics.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Apache Flink and Studio (Zeppelin) applications: accepted, checked and described as AWS describes them, never run
 * (StartApplication refuses them by name). Their configuration is kept as given and answered back under the
 * description's member names.
 */
final class FlinkConfigurations {

    private FlinkConfigurations() {
    }

    static void check(JsonNode config, String runtime) {
        if (config.has("SqlApplicationConfiguration")) {
            throw AnalyticsException.invalidArgument("SqlApplicationConfiguration is only allowed for SQL-1_0 "
                    + "applications, not " + runtime);
        }
        if (runtime.startsWith("ZEPPELIN") && config.has("FlinkApplicationConfiguration")
                && config.path("ApplicationCodeConfiguration").has("CodeContent")) {
            throw AnalyticsException.invalidArgument("Studio applications take no application code");
        }
    }

    static ObjectNode describe(JsonNode config) {
        ObjectNode d = Descriptions.JSON.createObjectNode();
        JsonNode flink = config.path("FlinkApplicationConfiguration");
        if (!flink.isMissingNode()) {
            ObjectNode f = d.putObject("FlinkApplicationConfigurationDescription");
            if (flink.has("CheckpointConfiguration")) {
                f.set("CheckpointConfigurationDescription", flink.get("CheckpointConfiguration").deepCopy());
            }
            if (flink.has("MonitoringConfiguration")) {
                f.set("MonitoringConfigurationDescription", flink.get("MonitoringConfiguration").deepCopy());
            }
            if (flink.has("ParallelismConfiguration")) {
                f.set("ParallelismConfigurationDescription", flink.get("ParallelismConfiguration").deepCopy());
            }
        }
        if (config.has("EnvironmentProperties")) {
            d.putObject("EnvironmentPropertyDescriptions").set("PropertyGroupDescriptions",
                    config.path("EnvironmentProperties").path("PropertyGroups").deepCopy());
        }
        if (config.has("ApplicationSnapshotConfiguration")) {
            d.set("ApplicationSnapshotConfigurationDescription",
                    config.get("ApplicationSnapshotConfiguration").deepCopy());
        }
        if (config.has("ZeppelinApplicationConfiguration")) {
            d.set("ZeppelinApplicationConfigurationDescription",
                    config.get("ZeppelinApplicationConfiguration").deepCopy());
        }
        return d;
    }
}
