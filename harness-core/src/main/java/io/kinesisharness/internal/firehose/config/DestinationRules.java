package io.kinesisharness.internal.firehose.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.delivery.Compression;
import io.kinesisharness.internal.firehose.delivery.Prefixes;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * AWS's rules for one destination configuration beyond its shape (which the generated checks hold): the ones its
 * documentation states or were seen on AWS, with AWS's messages; and the refusals of features this harness does not
 * run yet, each naming the feature.
 */
final class DestinationRules {

    private DestinationRules() {
    }

    /**
     * @param config the destination's create shape, or an update merged into the current description
     * @param httpsOnly whether HTTP endpoint URLs follow AWS's rule (https, port 443) rather than allowing local ones
     */
    static void check(DestinationKind kind, ObjectNode config, Instant now, boolean httpsOnly) {
        bufferingHints(config);
        logging(config);
        ProcessingRules.check(config, kind == DestinationKind.EXTENDED_S3 && partitioned(config), now);
        switch (kind) {
            case EXTENDED_S3 -> extendedS3(config, now);
            case HTTP_ENDPOINT -> httpEndpoint(config, httpsOnly);
            case REDSHIFT -> redshift(config);
            case ELASTICSEARCH, OPENSEARCH -> search(config, kind);
            case SPLUNK -> splunk(config);
            case ICEBERG -> iceberg(config);
            case OPENSEARCH_SERVERLESS, SNOWFLAKE -> {
            }
            default -> throw new IllegalStateException(kind.name());
        }
        for (String nested : new String[] {"S3Configuration", "S3BackupConfiguration", "S3Update", "S3BackupUpdate",
                "S3DestinationDescription", "S3BackupDescription"}) {
            ObjectNode s3 = ShapeTrees.object(config, nested);
            if (s3 != null) {
                s3(s3, now, false);
            }
        }
    }

    /** The plain S3 members every S3 configuration has (ExtendedS3's own, or a nested backup or staging one). */
    private static void s3(ObjectNode s3, Instant now, boolean partitioned) {
        bufferingHints(s3);
        logging(s3);
        ObjectNode encryption = ShapeTrees.object(s3, "EncryptionConfiguration");
        if (encryption != null && encryption.has("NoEncryptionConfig") && encryption.has("KMSEncryptionConfig")) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "Exactly one of NoEncryptionConfig or KMSEncryptionConfig must be specified");
        }
        String compression = ShapeTrees.text(s3, "CompressionFormat");
        if (("Snappy".equals(compression) || "HADOOP_SNAPPY".equals(compression)) && !Compression.snappyAvailable()) {
            throw FirehoseErrors.unsupported("CompressionFormat " + compression + " without snappy-java on the "
                    + "harness's classpath (add org.xerial.snappy:snappy-java)");
        }
        Prefixes.check(ShapeTrees.text(s3, "Prefix"), ShapeTrees.text(s3, "ErrorOutputPrefix"), partitioned, now,
                zone(s3));
    }

    private static void extendedS3(ObjectNode config, Instant now) {
        zone(config);
        ConversionRules.check(config);
        if ("Enabled".equals(ShapeTrees.text(config, "S3BackupMode")) && !config.has("S3BackupConfiguration")
                && !config.has("S3BackupUpdate") && !config.has("S3BackupDescription")) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "S3 backup destination configuration is required when enabling S3 backup.");
        }
        s3(config, now, partitioned(config));
    }

    static boolean partitioned(ObjectNode config) {
        ObjectNode partitioning = ShapeTrees.object(config, "DynamicPartitioningConfiguration");
        return partitioning != null && partitioning.path("Enabled").asBoolean(false);
    }

    private static void httpEndpoint(ObjectNode config, boolean httpsOnly) {
        ObjectNode endpoint = ShapeTrees.object(config, "EndpointConfiguration");
        String url = ShapeTrees.text(endpoint, "Url");
        if (url != null) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            boolean awsForm = uri != null && "https".equals(uri.getScheme()) && uri.getHost() != null
                    && (uri.getPort() == -1 || uri.getPort() == 443);
            boolean localForm = uri != null && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
            if (httpsOnly ? !awsForm : !localForm) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception(
                        "Invalid Url. Supported Url format is https://<domain> with port 443 or unspecified.");
            }
        }
        JsonNode attributes = config.path("RequestConfiguration").path("CommonAttributes");
        Set<String> names = new HashSet<>();
        for (JsonNode a : attributes) {
            String name = a.path("AttributeName").asText();
            if (!names.add(name)) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception("Http Endpoint Common Attributes have duplicate name "
                        + name + ".");
            }
        }
        secretsManagerRunsNothing(config, "HTTP endpoint");
    }

    private static void redshift(ObjectNode config) {
        ObjectNode s3 = ShapeTrees.object(config, "S3Configuration");
        if (s3 != null) {
            String compression = ShapeTrees.text(s3, "CompressionFormat");
            if ("ZIP".equals(compression) || "Snappy".equals(compression) || "HADOOP_SNAPPY".equals(compression)) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception(
                        "Only the following compression formats are allowed when using Redshift: [UNCOMPRESSED, GZIP]");
            }
            if (hasExpression(s3, "Prefix") || s3.hasNonNull("ErrorOutputPrefix")) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception(
                        "Prefix Expressions or ErrorOutputPrefix is currently not supported for this destination");
            }
        }
    }

    private static void search(ObjectNode config, DestinationKind kind) {
        boolean domain = config.hasNonNull("DomainARN");
        boolean cluster = config.hasNonNull("ClusterEndpoint");
        String product = kind == DestinationKind.OPENSEARCH ? "OpenSearch" : "Elasticsearch";
        if (!domain && !cluster) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Provide either the " + product + " cluster endpoint or "
                    + "domain arn. Must specify cluster endpoint for cross account " + product + " cluster.");
        }
        if (domain && cluster) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Cannot provide both " + product + " cluster endpoint and "
                    + "domain ARN. Provide either the cluster endpoint or domain arn. Must specify cluster endpoint "
                    + "for cross account " + product.toLowerCase(java.util.Locale.ROOT) + " cluster.");
        }
        if (kind == DestinationKind.OPENSEARCH && config.hasNonNull("TypeName")
                && !config.get("TypeName").asText().isEmpty()) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Types are deprecated in Elasticsearch version 7+ and all "
                    + "OpenSearch versions. TypeName must be empty.");
        }
    }

    private static void splunk(ObjectNode config) {
        String endpoint = ShapeTrees.text(config, "HECEndpoint");
        if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception(
                        "Invalid HECEndpoint. Supported endpoint format is https://<domain>:<port>.");
            }
        }
    }

    private static void iceberg(ObjectNode config) {
        if ("AllData".equals(ShapeTrees.text(config, "S3BackupMode"))) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "S3BackupMode.AllData is not supported for Iceberg as destination.");
        }
        if (config.path("DestinationTableConfigurationList").size() > 1) {
            throw FirehoseErrors.unsupported("Routing records to more than one Iceberg table "
                    + "(DestinationTableConfigurationList with several tables)");
        }
    }

    /** One of the two hints set without the other: AWS requires both (its message unrecorded). */
    private static void bufferingHints(ObjectNode config) {
        ObjectNode hints = ShapeTrees.object(config, "BufferingHints");
        if (hints != null && hints.hasNonNull("SizeInMBs") != hints.hasNonNull("IntervalInSeconds")) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("BufferingHints must specify both SizeInMBs and "
                    + "IntervalInSeconds, or neither.");
        }
    }

    private static void logging(ObjectNode config) {
        ObjectNode logging = ShapeTrees.object(config, "CloudWatchLoggingOptions");
        if (logging != null && logging.path("Enabled").asBoolean(false) && !logging.hasNonNull("LogGroupName")) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "CloudWatch Log Group Name is required if CloudWatch Logging is enabled");
        }
    }

    /** Secrets Manager would supply a credential the harness has no store for; refused where delivery needs it. */
    private static void secretsManagerRunsNothing(ObjectNode config, String destination) {
        if (config.path("SecretsManagerConfiguration").path("Enabled").asBoolean(false)) {
            throw FirehoseErrors.unsupported("Secrets Manager credentials (SecretsManagerConfiguration) for the "
                    + destination + " destination");
        }
    }

    private static boolean hasExpression(ObjectNode config, String member) {
        String v = ShapeTrees.text(config, member);
        return v != null && v.contains("!{");
    }

    /** The destination's time zone for prefixes and object names, after AWS's rule for CustomTimeZone. */
    static ZoneId zone(ObjectNode config) {
        String zone = ShapeTrees.text(config, "CustomTimeZone");
        if (zone == null || zone.isEmpty() || "UTC".equals(zone)) {
            return ZoneId.of("UTC");
        }
        if (!zone.contains("/") || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Provided custom time zone is not supported. Custom time "
                    + "zones are limited to UTC and non-3-letter IANA time zones.");
        }
        return ZoneId.of(zone);
    }
}
