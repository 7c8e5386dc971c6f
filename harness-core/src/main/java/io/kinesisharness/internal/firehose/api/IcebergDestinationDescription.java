// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code IcebergDestinationDescription} shape. */
public record IcebergDestinationDescription(
        @JsonProperty("DestinationTableConfigurationList") List<DestinationTableConfiguration> destinationTableConfigurationList,
        @JsonProperty("SchemaEvolutionConfiguration") SchemaEvolutionConfiguration schemaEvolutionConfiguration,
        @JsonProperty("TableCreationConfiguration") TableCreationConfiguration tableCreationConfiguration,
        @JsonProperty("BufferingHints") BufferingHints bufferingHints,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("RetryOptions") RetryOptions retryOptions,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("AppendOnly") Boolean appendOnly,
        @JsonProperty("CatalogConfiguration") CatalogConfiguration catalogConfiguration,
        @JsonProperty("S3DestinationDescription") S3DestinationDescription s3DestinationDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, IcebergDestinationDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "destinationTableConfigurationList" : path + ".destinationTableConfigurationList";
        if (value.destinationTableConfigurationList() != null) {
            for (int i = 0; i < value.destinationTableConfigurationList().size(); i++) {
                DestinationTableConfiguration.check(v, p + "." + (i + 1) + ".member", value.destinationTableConfigurationList().get(i));
            }
        }
        p = path.isEmpty() ? "schemaEvolutionConfiguration" : path + ".schemaEvolutionConfiguration";
        SchemaEvolutionConfiguration.check(v, p, value.schemaEvolutionConfiguration());
        p = path.isEmpty() ? "tableCreationConfiguration" : path + ".tableCreationConfiguration";
        TableCreationConfiguration.check(v, p, value.tableCreationConfiguration());
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        BufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.ICEBERG_S3_BACKUP_MODE);
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        RetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "catalogConfiguration" : path + ".catalogConfiguration";
        CatalogConfiguration.check(v, p, value.catalogConfiguration());
        p = path.isEmpty() ? "s3DestinationDescription" : path + ".s3DestinationDescription";
        S3DestinationDescription.check(v, p, value.s3DestinationDescription());
    }
}
