package io.kinesisharness.internal.firehose.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.api.CreateDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.S3DestinationDescription;
import io.kinesisharness.internal.firehose.api.UpdateDestinationInput;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.model.Secrets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds a delivery stream's destination from CreateDeliveryStream and UpdateDestination as AWS does: exactly one
 * destination, AWS's rules and refusals ({@link DestinationRules}), defaults filled in, secrets kept apart, and
 * the nested S3 configuration renamed to its description's name. Describe then answers what this built.
 */
public final class Destinations {

    private static final String LEGACY_S3_CONFIGURATION = "S3DestinationConfiguration";
    private static final String LEGACY_S3_UPDATE = "S3DestinationUpdate";

    private Destinations() {
    }

    public static Destination fromCreate(CreateDeliveryStreamInput in, Instant now, boolean httpsOnly) {
        ObjectNode request = ShapeTrees.tree(in);
        List<DestinationKind> given = new ArrayList<>();
        for (DestinationKind k : DestinationKind.values()) {
            if (request.hasNonNull(k.configurationMember())) {
                given.add(k);
            }
        }
        boolean legacy = request.hasNonNull(LEGACY_S3_CONFIGURATION);
        if (given.size() + (legacy ? 1 : 0) != 1) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "Exactly one destination configuration is supported for a Firehose");
        }
        DestinationKind kind = legacy ? DestinationKind.EXTENDED_S3 : given.get(0);
        ObjectNode config = (ObjectNode) request.get(legacy ? LEGACY_S3_CONFIGURATION : kind.configurationMember())
                .deepCopy();
        Secrets secrets = takeSecrets(kind, config);
        requireCredential(kind, config, secrets);
        toDescriptionNames(config);
        DestinationRules.check(kind, config, now, httpsOnly);
        return new Destination(kind, describe(kind, config), secrets);
    }

    /**
     * The destination after an UpdateDestination: the update merged into the current one when the type stays (AWS
     * merges), or the update alone when it changes (AWS merges nothing then); search destinations cannot be switched
     * to or from.
     */
    public static Destination fromUpdate(Destination current, UpdateDestinationInput in, Instant now,
            boolean httpsOnly) {
        ObjectNode request = ShapeTrees.tree(in);
        List<DestinationKind> given = new ArrayList<>();
        for (DestinationKind k : DestinationKind.values()) {
            if (request.hasNonNull(k.updateMember())) {
                given.add(k);
            }
        }
        boolean legacy = request.hasNonNull(LEGACY_S3_UPDATE);
        if (given.size() + (legacy ? 1 : 0) > 1) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "Exactly one destination configuration is supported for a Firehose");
        }
        if (given.isEmpty() && !legacy) {
            return current;
        }
        DestinationKind kind = legacy ? DestinationKind.EXTENDED_S3 : given.get(0);
        if (kind != current.kind() && (kind.isSearch() || current.kind().isSearch())) {
            DestinationKind search = kind.isSearch() ? kind : current.kind();
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Changing the destination type to or from "
                    + search.title() + " is not supported at this time.");
        }
        ObjectNode update = (ObjectNode) request.get(legacy ? LEGACY_S3_UPDATE : kind.updateMember()).deepCopy();
        Secrets updateSecrets = takeSecrets(kind, update);
        toDescriptionNames(update);
        ObjectNode merged;
        Secrets secrets;
        if (kind == current.kind()) {
            merged = (ObjectNode) ShapeTrees.tree(current.description()).get(kind.descriptionMember()).deepCopy();
            keepOneTimeChoices(kind, merged, update);
            ShapeTrees.merge(merged, update);
            secrets = current.secrets().updatedBy(updateSecrets);
        } else {
            if (kind == DestinationKind.EXTENDED_S3 && DestinationRules.partitioned(update)) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception(
                        "Dynamic Partitioning can only be enabled at the time of Firehose stream creation.");
            }
            merged = update;
            secrets = updateSecrets;
        }
        DestinationRules.check(kind, merged, now, httpsOnly);
        return new Destination(kind, describe(kind, merged), secrets);
    }

    /**
     * Choices AWS lets a stream make once: dynamic partitioning cannot be turned off, nor S3 backup once enabled
     * (its texts unrecorded).
     */
    private static void keepOneTimeChoices(DestinationKind kind, ObjectNode current, ObjectNode update) {
        ObjectNode partitioning = ShapeTrees.object(update, "DynamicPartitioningConfiguration");
        if (kind == DestinationKind.EXTENDED_S3 && partitioning != null && partitioning.has("Enabled")
                && partitioning.path("Enabled").asBoolean() != DestinationRules.partitioned(current)) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(DestinationRules.partitioned(current)
                    ? "Dynamic Partitioning cannot be disabled once it is enabled."
                    : "Dynamic Partitioning can only be enabled at the time of Firehose stream creation.");
        }
        if (kind == DestinationKind.EXTENDED_S3 && "Enabled".equals(ShapeTrees.text(current, "S3BackupMode"))
                && "Disabled".equals(ShapeTrees.text(update, "S3BackupMode"))) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Disabling S3 backup is not allowed.");
        }
        if (kind == DestinationKind.SPLUNK && "AllEvents".equals(ShapeTrees.text(current, "S3BackupMode"))
                && "FailedEventsOnly".equals(ShapeTrees.text(update, "S3BackupMode"))) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "S3BackupMode cannot be changed from AllEvents to FailedEventsOnly.");
        }
    }

    /** The destination as Describe shows it: ExtendedS3 also as its plain S3 twin, as AWS shows every S3 one. */
    public static DestinationDescription describe(DestinationDescription stored) {
        ExtendedS3DestinationDescription e = stored.extendedS3DestinationDescription();
        if (e == null) {
            return stored;
        }
        S3DestinationDescription twin = new S3DestinationDescription(e.roleARN(), e.bucketARN(), e.prefix(),
                e.errorOutputPrefix(), e.bufferingHints(), e.compressionFormat(), e.encryptionConfiguration(),
                e.cloudWatchLoggingOptions());
        return new DestinationDescription(stored.destinationId(), twin, e, null, null, null, null, null, null, null,
                null);
    }

    private static DestinationDescription describe(DestinationKind kind, ObjectNode config) {
        ShapeTrees.fillDefaults(config, kind.defaults());
        for (String nested : new String[] {"S3DestinationDescription", "S3BackupDescription"}) {
            ObjectNode s3 = ShapeTrees.object(config, nested);
            if (s3 != null) {
                ShapeTrees.fillDefaults(s3, ShapeTrees.parse(DestinationKind.S3_DEFAULTS));
            }
        }
        ObjectNode destination = ShapeTrees.MAPPER.createObjectNode();
        destination.put("DestinationId", DeliveryStream.DESTINATION_ID);
        destination.set(kind.descriptionMember(), config);
        return ShapeTrees.read(destination, DestinationDescription.class);
    }

    /** Create and update shapes name the nested S3 and VPC configurations differently from the description. */
    private static void toDescriptionNames(ObjectNode config) {
        ShapeTrees.rename(config, "S3Configuration", "S3DestinationDescription");
        ShapeTrees.rename(config, "S3Update", "S3DestinationDescription");
        ShapeTrees.rename(config, "S3BackupConfiguration", "S3BackupDescription");
        ShapeTrees.rename(config, "S3BackupUpdate", "S3BackupDescription");
        ObjectNode vpc = (ObjectNode) config.remove("VpcConfiguration");
        if (vpc != null) {
            vpc.put("VpcId", vpcId(vpc.path("SubnetIds")));
            config.set("VpcConfigurationDescription", vpc);
        }
    }

    /** AWS finds the VPC from the subnets; the harness names one after them, the same for the same subnets. */
    private static String vpcId(JsonNode subnets) {
        return "vpc-" + HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
                .putLong(subnets.toString().hashCode() * 0x9E3779B97F4A7C15L).array()).substring(0, 17);
    }

    /** Takes out what AWS never describes back: the HTTP access key, Redshift's password, Snowflake's key. */
    private static Secrets takeSecrets(DestinationKind kind, ObjectNode config) {
        return switch (kind) {
            case HTTP_ENDPOINT -> {
                ObjectNode endpoint = ShapeTrees.object(config, "EndpointConfiguration");
                JsonNode key = endpoint == null ? null : endpoint.remove("AccessKey");
                yield new Secrets(key == null ? null : key.asText(), null, null, null);
            }
            case REDSHIFT -> new Secrets(null, text(config.remove("Password")), null, null);
            case SNOWFLAKE -> new Secrets(null, null, text(config.remove("PrivateKey")),
                    text(config.remove("KeyPassphrase")));
            default -> Secrets.NONE;
        };
    }

    /** Redshift and Snowflake need a credential at create: inline, or from Secrets Manager. */
    private static void requireCredential(DestinationKind kind, ObjectNode config, Secrets secrets) {
        boolean fromSecret = config.path("SecretsManagerConfiguration").path("Enabled").asBoolean(false);
        if (kind == DestinationKind.REDSHIFT && secrets.redshiftPassword() == null && !fromSecret) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception(
                    "Redshift Database Password is required for Redshift Destination");
        }
        if (kind == DestinationKind.SNOWFLAKE && secrets.snowflakePrivateKey() == null && !fromSecret) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("PrivateKey must be provided.");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The kind of a stored destination. */
    public static DestinationKind kindOf(DestinationDescription d) {
        ObjectNode tree = ShapeTrees.tree(d);
        for (DestinationKind k : DestinationKind.values()) {
            if (tree.has(k.descriptionMember())) {
                return k;
            }
        }
        throw new IllegalStateException("No destination in " + tree);
    }
}
