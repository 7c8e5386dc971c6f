package io.kinesisharness.internal.firehose.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.processing.MetadataQuery;
import io.kinesisharness.internal.firehose.processing.QueryKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * AWS's rules for a destination's processors and its dynamic partitioning, checked at create and update. Messages
 * are AWS's where they were recorded from AWS (in AWS CDK's sources, which quote the service, or captured by other
 * emulators' probes); DESIGN-NOTES lists the ones worded here.
 */
final class ProcessingRules {

    private static final Set<String> TYPES = Set.of("RecordDeAggregation", "Decompression", "CloudWatchLogProcessing",
            "Lambda", "MetadataExtraction", "AppendDelimiterToRecord");

    private ProcessingRules() {
    }

    /** @param partitioned whether the destination has dynamic partitioning enabled (ExtendedS3 only) */
    static void check(ObjectNode config, boolean partitioned, Instant now) {
        ObjectNode processing = ShapeTrees.object(config, "ProcessingConfiguration");
        boolean enabled = processing != null && processing.path("Enabled").asBoolean(false);
        List<JsonNode> processors = new ArrayList<>();
        if (enabled) {
            processing.path("Processors").forEach(processors::add);
            if (processors.isEmpty() || processors.size() > 5) {
                throw invalid("A maximum of 5 and a minimum of 1 processor needs to be supplied when processing is "
                        + "enabled.");
            }
        }
        int lambdas = 0;
        boolean decompression = false;
        boolean extraction = false;
        String query = null;
        for (JsonNode p : processors) {
            String type = p.path("Type").asText();
            if (!TYPES.contains(type)) {
                throw invalid("Processor type " + type + " is not supported.");
            }
            switch (type) {
                case "Lambda" -> {
                    lambdas++;
                    lambda(p);
                }
                case "Decompression" -> {
                    decompression = true;
                    String format = parameter(p, "CompressionFormat");
                    if (format != null && !"GZIP".equals(format)) {
                        throw invalid("CompressionFormat has to be GZIP");
                    }
                }
                case "CloudWatchLogProcessing" -> {
                    String v = parameter(p, "DataMessageExtraction");
                    if (v == null || !("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v))) {
                        throw invalid("Invalid parameter value for DataMessageExtraction. Allowed values are True and "
                                + "False.");
                    }
                    extraction = true;
                }
                case "RecordDeAggregation" -> {
                    requirePartitioning(partitioned, "RecordDeAggregationProcessor");
                    deAggregation(p);
                }
                case "MetadataExtraction" -> {
                    requirePartitioning(partitioned, "MetadataExtractionProcessor");
                    query = metadataExtraction(p, now);
                }
                default -> {
                }
            }
        }
        if (lambdas > 1) {
            throw invalid("Cannot have more than 1 Lambda processor");
        }
        if (extraction && !decompression) {
            throw invalid("CloudWatchLogProcessingProcessor can only be enabled with DecompressionProcessor");
        }
        if (partitioned) {
            partitioning(config, enabled, lambdas > 0, query);
        }
    }

    private static void lambda(JsonNode p) {
        if (parameter(p, "LambdaArn") == null) {
            throw invalid("LambdaArn is required when Lambda processor is used.");
        }
        String retries = parameter(p, "NumberOfRetries");
        if (retries != null && !retries.trim().matches("\\d{1,9}")) {
            throw invalid("NumberOfRetries must be a non-negative integer.");
        }
        String size = parameter(p, "BufferSizeInMBs");
        if (size != null) {
            double mb = number(size, "BufferSizeInMBs");
            if (mb < 0.2 || mb > 3) {
                throw invalid("Lambda BufferSizeInMBs must be between 0.2 and 3.");
            }
        }
        String interval = parameter(p, "BufferIntervalInSeconds");
        if (interval != null) {
            double s = number(interval, "BufferIntervalInSeconds");
            if (s < 0 || s > 900 || s != Math.floor(s)) {
                throw invalid("Lambda BufferIntervalInSeconds must be between 0 and 900.");
            }
        }
    }

    private static void deAggregation(JsonNode p) {
        String type = parameter(p, "SubRecordType");
        if (!"JSON".equals(type) && !"DELIMITED".equals(type)) {
            throw invalid("SubRecordType must be one of JSON or DELIMITED.");
        }
        String delimiter = parameter(p, "Delimiter");
        if ("DELIMITED".equals(type)) {
            if (delimiter == null) {
                throw invalid("Delimiter is required when SubRecordType is DELIMITED.");
            }
            try {
                if (Base64.getDecoder().decode(delimiter).length == 0) {
                    throw invalid("Delimiter must be a non-empty base64-encoded string.");
                }
            } catch (IllegalArgumentException e) {
                throw invalid("Delimiter must be a non-empty base64-encoded string.");
            }
        }
    }

    private static String metadataExtraction(JsonNode p, Instant now) {
        String engine = parameter(p, "JsonParsingEngine");
        if (!"JQ-1.6".equals(engine)) {
            throw invalid("JsonParsingEngine must be JQ-1.6.");
        }
        String query = parameter(p, "MetadataExtractionQuery");
        if (query == null) {
            throw invalid("MetadataExtractionQuery is required when MetadataExtraction processor is used.");
        }
        if (!MetadataQuery.available()) {
            throw FirehoseErrors.unsupported("The MetadataExtraction processor without jackson-jq on the harness's "
                    + "classpath (add net.thisptr:jackson-jq)");
        }
        try {
            MetadataQuery.compile(query, () -> now);
        } catch (IllegalArgumentException e) {
            throw invalid("Invalid MetadataExtractionQuery: " + e.getMessage());
        }
        return query;
    }

    private static void partitioning(ObjectNode config, boolean processingEnabled, boolean lambda, String query) {
        ObjectNode hints = ShapeTrees.object(config, "BufferingHints");
        if (hints != null && hints.hasNonNull("SizeInMBs") && hints.path("SizeInMBs").asInt() < 64) {
            throw invalid("BufferingHints.SizeInMBs must be at least 64 when Dynamic Partitioning is enabled.");
        }
        if (hints != null && hints.hasNonNull("IntervalInSeconds") && hints.path("IntervalInSeconds").asInt() < 60) {
            throw invalid("BufferingHints.IntervalInSeconds must be at least 60 seconds when Dynamic Partitioning is "
                    + "enabled.");
        }
        String prefix = ShapeTrees.text(config, "Prefix");
        boolean fromQuery = prefix != null && prefix.contains("!{partitionKeyFromQuery:");
        boolean fromLambda = prefix != null && prefix.contains("!{partitionKeyFromLambda:");
        if (!fromQuery && !fromLambda) {
            throw invalid("S3 Prefix should contain Dynamic Partitioning namespaces when Dynamic Partitioning is "
                    + "enabled");
        }
        if (!processingEnabled) {
            throw invalid("Processing Configuration is not enabled when DataPartitioning is enabled");
        }
        if (fromLambda && !lambda) {
            throw invalid("Lambda should be present when S3 Prefix contains keys from partitionKeyFromLambda "
                    + "namespace");
        }
        if (fromQuery && query == null) {
            throw invalid("MetadataExtraction processor should be present when S3 Prefix has partitionKeyFromQuery "
                    + "namespace");
        }
        if (query != null) {
            List<String> keys = QueryKeys.of(query);
            if (keys != null && keys.size() > 50) {
                throw invalid("MetadataExtractionQuery can't extract more than 50 keys.");
            }
            if (keys != null) {
                for (String k : keys) {
                    if (!prefix.contains("!{partitionKeyFromQuery:" + k + "}")) {
                        throw invalid("MetaDataExtraction JQ Query can't contain keys that are not present in the S3 "
                                + "Prefix expression");
                    }
                }
            }
        }
    }

    private static void requirePartitioning(boolean partitioned, String processor) {
        if (!partitioned) {
            throw invalid("class com.amazonaws.services.firehose.internal.model." + processor
                    + " can only be present when Dynamic Partitioning is enabled.");
        }
    }

    private static double number(String value, String name) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a number.");
        }
    }

    static String parameter(JsonNode processor, String name) {
        for (JsonNode p : processor.path("Parameters")) {
            if (name.equals(p.path("ParameterName").asText())) {
                return p.path("ParameterValue").asText(null);
            }
        }
        return null;
    }

    private static AwsException invalid(String message) {
        return FirehoseErrors.INVALID_ARGUMENT.exception(message);
    }
}
