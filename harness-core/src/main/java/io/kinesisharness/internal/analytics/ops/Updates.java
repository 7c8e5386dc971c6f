package io.kinesisharness.internal.analytics.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.common.Scope;
import java.util.Iterator;
import java.util.Map;

/**
 * UpdateApplication's changes, applied to an application's configuration: each {@code …Update} member replaces
 * the member it names ({@code ResourceARNUpdate} → {@code ResourceARN}), parts found by their ids.
 */
final class Updates {

    private Updates() {
    }

    static void apply(Application app, JsonNode in, Api api, Runs runs, Scope scope) {
        JsonNode update = api == Api.V1 ? in.path("ApplicationUpdate") : in.path("ApplicationConfigurationUpdate");
        JsonNode sql = api == Api.V1 ? update : update.path("SqlApplicationConfigurationUpdate");
        String code = api == Api.V1 ? text(update, "ApplicationCodeUpdate")
                : text(update.path("ApplicationCodeConfigurationUpdate").path("CodeContentUpdate"),
                        "TextContentUpdate");
        if (code != null) {
            if (app.isSql()) {
                runs.checkSyntax(code);
            }
            app.code(code);
        }
        for (JsonNode u : ApplicationOperations.list(sql.path("InputUpdates"))) {
            ObjectNode input = ApplicationOperations.byId(app.inputs(), "InputId", u.path("InputId").asText(),
                    "Input");
            if (u.has("NamePrefixUpdate")) {
                input.put("NamePrefix", u.get("NamePrefixUpdate").asText());
            }
            replace(input, "KinesisStreamsInputDescription", u.path("KinesisStreamsInputUpdate"));
            if (u.has("KinesisFirehoseInputUpdate") && input.has("KinesisStreamsInputDescription")
                    || u.has("KinesisStreamsInputUpdate") && input.has("KinesisFirehoseInputDescription")) {
                throw AnalyticsException.invalidArgument("An input's source kind (Kinesis stream or delivery stream) "
                        + "cannot be changed; delete the input and add another");
            }
            replace(input, "KinesisFirehoseInputDescription", u.path("KinesisFirehoseInputUpdate"));
            replace(input.with("InputProcessingConfigurationDescription").with("InputLambdaProcessorDescription"),
                    null, u.path("InputProcessingConfigurationUpdate").path("InputLambdaProcessorUpdate"));
            if (input.path("InputProcessingConfigurationDescription").path("InputLambdaProcessorDescription")
                    .isEmpty()) {
                input.remove("InputProcessingConfigurationDescription");
            }
            JsonNode schema = u.path("InputSchemaUpdate");
            if (!schema.isMissingNode()) {
                ObjectNode s = input.with("InputSchema");
                if (schema.has("RecordFormatUpdate")) {
                    s.set("RecordFormat", schema.get("RecordFormatUpdate").deepCopy());
                }
                if (schema.has("RecordEncodingUpdate")) {
                    s.put("RecordEncoding", schema.get("RecordEncodingUpdate").asText());
                }
                if (schema.has("RecordColumnUpdates")) {
                    s.set("RecordColumns", schema.get("RecordColumnUpdates").deepCopy());
                }
                ConfigRules.schema(s, "InputSchema");
            }
            if (u.path("InputParallelismUpdate").has("CountUpdate")) {
                int count = u.path("InputParallelismUpdate").path("CountUpdate").asInt();
                if (count < 1 || count > 64) {
                    throw AnalyticsException.invalidArgument("InputParallelism Count must be between 1 and 64");
                }
                input.with("InputParallelism").put("Count", count);
            }
            // The in-application stream names follow the prefix and the parallelism.
            ObjectNode fresh = Descriptions.input(input.path("InputId").asText(), configOf(input));
            input.set("InAppStreamNames", fresh.get("InAppStreamNames"));
        }
        for (JsonNode u : ApplicationOperations.list(sql.path("OutputUpdates"))) {
            ObjectNode output = ApplicationOperations.byId(app.outputs(), "OutputId", u.path("OutputId").asText(),
                    "Output");
            if (u.has("NameUpdate")) {
                output.put("Name", u.get("NameUpdate").asText());
            }
            for (String kind : new String[] {"KinesisStreamsOutput", "KinesisFirehoseOutput", "LambdaOutput"}) {
                if (u.has(kind + "Update")) {
                    output.remove("KinesisStreamsOutputDescription");
                    output.remove("KinesisFirehoseOutputDescription");
                    output.remove("LambdaOutputDescription");
                    replace(output, kind + "Description", u.get(kind + "Update"));
                }
            }
            if (u.has("DestinationSchemaUpdate")) {
                output.set("DestinationSchema", u.get("DestinationSchemaUpdate").deepCopy());
            }
        }
        for (JsonNode u : ApplicationOperations.list(sql.path("ReferenceDataSourceUpdates"))) {
            ObjectNode ref = ApplicationOperations.byId(app.references(), "ReferenceId", u.path("ReferenceId").asText(),
                    "Reference data source");
            if (u.has("TableNameUpdate")) {
                ref.put("TableName", u.get("TableNameUpdate").asText());
            }
            replace(ref, "S3ReferenceDataSourceDescription", u.path("S3ReferenceDataSourceUpdate"));
            if (u.has("ReferenceSchemaUpdate")) {
                ref.set("ReferenceSchema", u.get("ReferenceSchemaUpdate").deepCopy());
                ConfigRules.schema(ref.get("ReferenceSchema"), "ReferenceSchema");
            }
        }
        for (JsonNode u : ApplicationOperations.list((api == Api.V1 ? update : in)
                .path("CloudWatchLoggingOptionUpdates"))) {
            ObjectNode option = ApplicationOperations.byId(app.logging(), "CloudWatchLoggingOptionId",
                    u.path("CloudWatchLoggingOptionId").asText(), "CloudWatch logging option");
            replace(option, null, u);
            option.remove("CloudWatchLoggingOptionIdUpdate");
        }
        if (api == Api.V2) {
            if (in.has("ServiceExecutionRoleUpdate")) {
                app.serviceExecutionRole(in.get("ServiceExecutionRoleUpdate").asText());
            }
            if (in.has("RuntimeEnvironmentUpdate") && !in.get("RuntimeEnvironmentUpdate").asText()
                    .equals(app.runtime())) {
                throw AnalyticsException.invalidArgument("The runtime environment of a " + app.runtime()
                        + " application cannot be changed");
            }
        }
    }

    /** An input description back as the configuration it came from (for its stream names). */
    private static JsonNode configOf(ObjectNode description) {
        ObjectNode c = Descriptions.JSON.createObjectNode();
        c.put("NamePrefix", description.path("NamePrefix").asText());
        c.set("InputParallelism", description.path("InputParallelism").deepCopy());
        c.set("InputSchema", description.path("InputSchema").deepCopy());
        return c;
    }

    /** Copies {@code XUpdate} members to {@code X} (into {@code target}, or its member {@code member}). */
    private static void replace(ObjectNode target, String member, JsonNode update) {
        if (update == null || update.isMissingNode() || update.isNull()) {
            return;
        }
        ObjectNode into = member == null ? target : target.with(member);
        for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey().endsWith("Update") ? e.getKey().substring(0, e.getKey().length() - 6)
                    : e.getKey();
            into.set(name, e.getValue().deepCopy());
        }
    }

    private static String text(JsonNode node, String member) {
        return node.hasNonNull(member) ? node.get(member).asText() : null;
    }
}
