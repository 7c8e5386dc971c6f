package io.kinesisharness.internal.analytics.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.common.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an input, an output and a reference data source must keep beyond their shapes, as AWS states them:
 * one source per input, columns with names, types and (for JSON) mappings, parallelism 1 to 64, outputs and tables
 * with unique names.
 */
final class ConfigRules {

    private static final Set<String> TYPES = Set.of("BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT",
            "DECIMAL", "DEC", "NUMERIC", "REAL", "FLOAT", "DOUBLE", "CHAR", "CHARACTER", "VARCHAR", "BINARY",
            "VARBINARY", "DATE", "TIME", "TIMESTAMP");

    private ConfigRules() {
    }

    static void input(JsonNode in, Api api, Scope scope) {
        boolean kinesis = in.has("KinesisStreamsInput");
        boolean firehose = in.has("KinesisFirehoseInput");
        if (kinesis == firehose) {
            throw AnalyticsException.invalidArgument("Exactly one of KinesisStreamsInput and KinesisFirehoseInput "
                    + "must be given for an input");
        }
        if (firehose && api == Api.V2) {
            throw io.kinesisharness.internal.analytics.AnalyticsErrors.UNSUPPORTED_OPERATION.exception(
                    "KinesisFirehoseInput is not allowed for SQL applications under account: " + scope.accountId()
                            + ". Please open a support ticket referencing KinesisFirehoseInput.");
        }
        int count = in.path("InputParallelism").path("Count").asInt(1);
        if (count < 1 || count > 64) {
            throw AnalyticsException.invalidArgument("InputParallelism Count must be between 1 and 64");
        }
        schema(in.path("InputSchema"), "InputSchema");
    }

    /** A source schema (InputSchema, ReferenceSchema): its format, its encoding and its columns. */
    static void schema(JsonNode schema, String member) {
        if (schema.isMissingNode() || schema.isNull()) {
            throw AnalyticsException.invalidArgument(member + " is required");
        }
        String format = schema.path("RecordFormat").path("RecordFormatType").asText();
        JsonNode mapping = schema.path("RecordFormat").path("MappingParameters");
        if (format.equals("JSON") && mapping.has("CSVMappingParameters")
                || format.equals("CSV") && mapping.has("JSONMappingParameters")) {
            throw AnalyticsException.invalidArgument("MappingParameters do not match RecordFormatType " + format);
        }
        if (format.equals("CSV") && !mapping.has("CSVMappingParameters")) {
            throw AnalyticsException.invalidArgument("CSVMappingParameters are required for the CSV record format");
        }
        JsonNode rowPath = mapping.path("JSONMappingParameters").path("RecordRowPath");
        if (format.equals("JSON") && rowPath.isTextual()) {
            try {
                io.kinesisharness.internal.analytics.io.JsonPath.parse(rowPath.asText());
            } catch (IllegalArgumentException e) {
                throw AnalyticsException.invalidArgument("Invalid RecordRowPath: " + e.getMessage());
            }
        }
        Set<String> names = new HashSet<>();
        List<JsonNode> columns = ApplicationOperations.list(schema.path("RecordColumns"));
        for (JsonNode c : columns) {
            String name = c.path("Name").asText();
            if (!names.add(name)) {
                throw AnalyticsException.invalidArgument("Duplicate column name " + name + " in " + member);
            }
            if (format.equals("JSON") && !c.hasNonNull("Mapping")) {
                throw AnalyticsException.invalidArgument("Mapping is required for column " + name
                        + " of a JSON record format");
            }
            if (format.equals("JSON")) {
                try {
                    io.kinesisharness.internal.analytics.io.JsonPath.parse(c.get("Mapping").asText());
                } catch (IllegalArgumentException e) {
                    throw AnalyticsException.invalidArgument("Invalid mapping for column " + name + ": "
                            + e.getMessage());
                }
            }
            String type = c.path("SqlType").asText().trim().toUpperCase(java.util.Locale.ROOT);
            String base = type.split("[\\s(]", 2)[0];
            if (!TYPES.contains(base) || type.startsWith("DOUBLE") && !type.matches("DOUBLE( PRECISION)?")) {
                throw AnalyticsException.invalidArgument("Invalid SqlType " + c.path("SqlType").asText()
                        + " for column " + name);
            }
        }
    }

    static void output(JsonNode out, Application app, String replacing) {
        int kinds = 0;
        for (String k : List.of("KinesisStreamsOutput", "KinesisFirehoseOutput", "LambdaOutput")) {
            kinds += out.has(k) ? 1 : 0;
        }
        if (kinds != 1) {
            throw AnalyticsException.invalidArgument("Exactly one of KinesisStreamsOutput, KinesisFirehoseOutput and "
                    + "LambdaOutput must be given for an output");
        }
        String name = out.path("Name").asText();
        for (JsonNode o : app.outputs()) {
            if (o.path("Name").asText().equals(name) && !o.path("OutputId").asText().equals(replacing)) {
                throw AnalyticsException.invalidArgument("Output with name " + name + " already exists");
            }
        }
    }

    static void reference(JsonNode ref, Application app, String replacing) {
        schema(ref.path("ReferenceSchema"), "ReferenceSchema");
        String bucket = ref.path("S3ReferenceDataSource").path("BucketARN").asText();
        if (!bucket.startsWith("arn:aws:s3:::") && !bucket.matches("arn:aws[a-z-]*:s3:::.+")) {
            throw AnalyticsException.invalidArgument("BucketARN " + bucket + " is not an S3 bucket ARN");
        }
    }
}
