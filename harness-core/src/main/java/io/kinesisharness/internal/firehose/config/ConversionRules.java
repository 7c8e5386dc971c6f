package io.kinesisharness.internal.firehose.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.api.DataFormatConversionConfiguration;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.SchemaConfiguration;
import io.kinesisharness.internal.firehose.conversion.OrcSupport;
import io.kinesisharness.internal.firehose.conversion.ParquetSupport;
import io.kinesisharness.internal.firehose.conversion.RecordConversion;
import io.kinesisharness.internal.glue.access.TableCatalog;
import java.util.function.Supplier;

/**
 * AWS's rules for record format conversion, at create and update: a schema, one deserializer and one serializer,
 * no S3 compression (the Parquet or ORC writer compresses), buffers of at least 64 MB, and a table the catalog
 * has. Parquet needs parquet-hadoop and ORC orc-core on the classpath (optional), or the standalone jar.
 */
public final class ConversionRules {

    private ConversionRules() {
    }

    static void check(ObjectNode config) {
        ObjectNode conversion = ShapeTrees.object(config, "DataFormatConversionConfiguration");
        if (conversion == null || !conversion.path("Enabled").asBoolean(true)) {
            return;
        }
        JsonNode schema = conversion.path("SchemaConfiguration");
        for (String member : new String[] {"DatabaseName", "TableName", "RoleARN"}) {
            if (!schema.hasNonNull(member)) {
                throw invalid("SchemaConfiguration." + member + " is required when data format conversion is "
                        + "enabled.");
            }
        }
        JsonNode deserializer = conversion.path("InputFormatConfiguration").path("Deserializer");
        if (deserializer.has("OpenXJsonSerDe") == deserializer.has("HiveJsonSerDe")) {
            throw invalid("Exactly one of OpenXJsonSerDe or HiveJsonSerDe must be specified in the Deserializer.");
        }
        JsonNode serializer = conversion.path("OutputFormatConfiguration").path("Serializer");
        if (serializer.has("ParquetSerDe") == serializer.has("OrcSerDe")) {
            throw invalid("Exactly one of ParquetSerDe or OrcSerDe must be specified in the Serializer.");
        }
        if (serializer.has("OrcSerDe") && !OrcSupport.available()) {
            throw FirehoseErrors.unsupported("Record format conversion to ORC without orc-core on the harness's "
                    + "classpath (add org.apache.orc:orc-core)");
        }
        if (serializer.has("ParquetSerDe") && !ParquetSupport.available()) {
            throw FirehoseErrors.unsupported("Record format conversion to Parquet without parquet-hadoop on the "
                    + "harness's classpath (add org.apache.parquet:parquet-hadoop)");
        }
        String compression = ShapeTrees.text(config, "CompressionFormat");
        if (compression != null && !"UNCOMPRESSED".equals(compression)) {
            throw invalid("CompressionFormat must be UNCOMPRESSED when data format conversion is enabled.");
        }
        ObjectNode hints = ShapeTrees.object(config, "BufferingHints");
        if (hints != null && hints.hasNonNull("SizeInMBs") && hints.path("SizeInMBs").asInt() < 64) {
            throw invalid("BufferingHints.SizeInMBs must be at least 64 when data format conversion is enabled.");
        }
    }

    /** The catalog must hold the table the conversion names (AWS asks Glue at create and update). */
    public static void checkTable(DestinationDescription d, Supplier<TableCatalog> catalog) {
        ExtendedS3DestinationDescription s3 = d.extendedS3DestinationDescription();
        DataFormatConversionConfiguration c = s3 == null ? null : s3.dataFormatConversionConfiguration();
        if (!RecordConversion.enabled(c) || c.schemaConfiguration() == null) {
            return;
        }
        SchemaConfiguration schema = c.schemaConfiguration();
        if (catalog.get().find(schema.databaseName(), schema.tableName()) == null) {
            throw invalid("Unable to retrieve the table schema from AWS Glue: EntityNotFoundException: Table "
                    + schema.tableName() + " not found in database " + schema.databaseName()
                    + " (register it with harness.glue().registerTable(...) or POST /_harness/glue/tables)");
        }
    }

    private static AwsException invalid(String message) {
        return FirehoseErrors.INVALID_ARGUMENT.exception(message);
    }
}
