// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code DestinationTableConfiguration} shape. */
public record DestinationTableConfiguration(
        @JsonProperty("DestinationTableName") String destinationTableName,
        @JsonProperty("DestinationDatabaseName") String destinationDatabaseName,
        @JsonProperty("UniqueKeys") List<String> uniqueKeys,
        @JsonProperty("PartitionSpec") PartitionSpec partitionSpec,
        @JsonProperty("S3ErrorOutputPrefix") String s3ErrorOutputPrefix) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DestinationTableConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "destinationTableName" : path + ".destinationTableName";
        v.notNull(p, value.destinationTableName());
        v.pattern(p, value.destinationTableName(), FirehoseShapes.STRING_WITH_LETTERS_DIGITS_UNDERSCORES_DOTS_PATTERN);
        v.length(p, value.destinationTableName(), 1, 255);
        p = path.isEmpty() ? "destinationDatabaseName" : path + ".destinationDatabaseName";
        v.notNull(p, value.destinationDatabaseName());
        v.pattern(p, value.destinationDatabaseName(), FirehoseShapes.STRING_WITH_LETTERS_DIGITS_UNDERSCORES_DOTS_PATTERN);
        v.length(p, value.destinationDatabaseName(), 1, 255);
        p = path.isEmpty() ? "uniqueKeys" : path + ".uniqueKeys";
        v.elementLengths(p, value.uniqueKeys(), 1, 1024);
        p = path.isEmpty() ? "partitionSpec" : path + ".partitionSpec";
        PartitionSpec.check(v, p, value.partitionSpec());
        p = path.isEmpty() ? "s3ErrorOutputPrefix" : path + ".s3ErrorOutputPrefix";
        v.pattern(p, value.s3ErrorOutputPrefix(), FirehoseShapes.ERROR_OUTPUT_PREFIX_PATTERN);
        v.length(p, value.s3ErrorOutputPrefix(), 0, 1024);
    }
}
