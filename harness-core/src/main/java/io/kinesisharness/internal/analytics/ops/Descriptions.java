package io.kinesisharness.internal.analytics.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.analytics.model.Application;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * An application as DescribeApplication answers it, in v1's shape or v2's, and the descriptions of its parts built
 * from the requests that configured them (v1 and v2 name their members alike).
 */
public final class Descriptions {

    static final ObjectMapper JSON = new ObjectMapper();

    private Descriptions() {
    }

    static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    /** An input's description from its configuration. */
    static ObjectNode input(String id, JsonNode in) {
        ObjectNode d = JSON.createObjectNode();
        d.put("InputId", id);
        String prefix = in.path("NamePrefix").asText();
        d.put("NamePrefix", prefix);
        int count = in.path("InputParallelism").path("Count").asInt(1);
        ArrayNode names = d.putArray("InAppStreamNames");
        for (int i = 1; i <= count; i++) {
            names.add(String.format("%s_%03d", prefix, i));
        }
        if (in.has("InputProcessingConfiguration")) {
            d.set("InputProcessingConfigurationDescription", processing(in.get("InputProcessingConfiguration")));
        }
        if (in.has("KinesisStreamsInput")) {
            d.set("KinesisStreamsInputDescription", in.get("KinesisStreamsInput").deepCopy());
        }
        if (in.has("KinesisFirehoseInput")) {
            d.set("KinesisFirehoseInputDescription", in.get("KinesisFirehoseInput").deepCopy());
        }
        d.set("InputSchema", in.get("InputSchema").deepCopy());
        d.putObject("InputParallelism").put("Count", count);
        d.putObject("InputStartingPositionConfiguration");
        return d;
    }

    static ObjectNode processing(JsonNode config) {
        ObjectNode p = JSON.createObjectNode();
        p.set("InputLambdaProcessorDescription", config.path("InputLambdaProcessor").deepCopy());
        return p;
    }

    static ObjectNode output(String id, JsonNode out) {
        ObjectNode d = JSON.createObjectNode();
        d.put("OutputId", id);
        d.put("Name", out.path("Name").asText());
        for (String kind : List.of("KinesisStreamsOutput", "KinesisFirehoseOutput", "LambdaOutput")) {
            if (out.has(kind)) {
                d.set(kind + "Description", out.get(kind).deepCopy());
            }
        }
        d.set("DestinationSchema", out.get("DestinationSchema").deepCopy());
        return d;
    }

    static ObjectNode reference(String id, JsonNode ref) {
        ObjectNode d = JSON.createObjectNode();
        d.put("ReferenceId", id);
        d.put("TableName", ref.path("TableName").asText());
        d.set("S3ReferenceDataSourceDescription", ref.path("S3ReferenceDataSource").deepCopy());
        d.set("ReferenceSchema", ref.path("ReferenceSchema").deepCopy());
        return d;
    }

    static ObjectNode logging(String id, JsonNode option) {
        ObjectNode d = JSON.createObjectNode();
        d.put("CloudWatchLoggingOptionId", id);
        d.put("LogStreamARN", option.path("LogStreamARN").asText());
        if (option.has("RoleARN")) {
            d.put("RoleARN", option.get("RoleARN").asText());
        }
        return d;
    }

    static ArrayNode array(List<ObjectNode> items) {
        ArrayNode a = JSON.createArrayNode();
        items.forEach(i -> a.add(i.deepCopy()));
        return a;
    }

    /** v1's ApplicationDetail. */
    static ObjectNode v1(Application app, Instant now) {
        ObjectNode d = JSON.createObjectNode();
        d.put("ApplicationName", app.name());
        if (app.description() != null) {
            d.put("ApplicationDescription", app.description());
        }
        d.put("ApplicationARN", app.arn());
        d.put("ApplicationStatus", app.status(now).name());
        d.put("CreateTimestamp", seconds(app.created()));
        d.put("LastUpdateTimestamp", seconds(app.lastUpdated()));
        d.set("InputDescriptions", array(app.inputs()));
        d.set("OutputDescriptions", array(app.outputs()));
        d.set("ReferenceDataSourceDescriptions", array(app.references()));
        d.set("CloudWatchLoggingOptionDescriptions", array(app.logging()));
        if (app.code() != null) {
            d.put("ApplicationCode", app.code());
        }
        d.put("ApplicationVersionId", app.version());
        return d;
    }

    /** v2's ApplicationDetail. */
    static ObjectNode v2(Application app, Instant now) {
        ObjectNode d = JSON.createObjectNode();
        d.put("ApplicationARN", app.arn());
        if (app.description() != null) {
            d.put("ApplicationDescription", app.description());
        }
        d.put("ApplicationName", app.name());
        d.put("RuntimeEnvironment", app.runtime());
        if (app.serviceExecutionRole() != null) {
            d.put("ServiceExecutionRole", app.serviceExecutionRole());
        }
        d.put("ApplicationStatus", app.status(now).name());
        d.put("ApplicationVersionId", app.version());
        d.put("CreateTimestamp", seconds(app.created()));
        d.put("LastUpdateTimestamp", seconds(app.lastUpdated()));
        ObjectNode config = d.putObject("ApplicationConfigurationDescription");
        if (app.isSql()) {
            ObjectNode sql = config.putObject("SqlApplicationConfigurationDescription");
            sql.set("InputDescriptions", array(app.inputs()));
            sql.set("OutputDescriptions", array(app.outputs()));
            sql.set("ReferenceDataSourceDescriptions", array(app.references()));
        } else if (app.flinkConfiguration() != null) {
            config.setAll(app.flinkConfiguration().deepCopy());
        }
        if (app.code() != null) {
            ObjectNode code = config.putObject("ApplicationCodeConfigurationDescription");
            code.put("CodeContentType", "PLAINTEXT");
            ObjectNode content = code.putObject("CodeContentDescription");
            content.put("TextContent", app.code());
            byte[] bytes = app.code().getBytes(StandardCharsets.UTF_8);
            content.put("CodeMD5", md5(bytes));
            content.put("CodeSize", bytes.length);
        }
        if (app.vpcConfiguration() != null) {
            config.putArray("VpcConfigurationDescriptions").add(app.vpcConfiguration().deepCopy());
        }
        d.set("CloudWatchLoggingOptionDescriptions", array(app.logging()));
        if (app.applicationMode() != null) {
            d.put("ApplicationMode", app.applicationMode());
        }
        return d;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
