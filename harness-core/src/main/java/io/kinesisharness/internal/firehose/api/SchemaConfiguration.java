// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SchemaConfiguration} shape. */
public record SchemaConfiguration(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("CatalogId") String catalogId,
        @JsonProperty("DatabaseName") String databaseName,
        @JsonProperty("TableName") String tableName,
        @JsonProperty("Region") String region,
        @JsonProperty("VersionId") String versionId) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SchemaConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.roleARN(), 1, 1024);
        p = path.isEmpty() ? "catalogId" : path + ".catalogId";
        v.pattern(p, value.catalogId(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.catalogId(), 1, 1024);
        p = path.isEmpty() ? "databaseName" : path + ".databaseName";
        v.pattern(p, value.databaseName(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.databaseName(), 1, 1024);
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.pattern(p, value.tableName(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "region" : path + ".region";
        v.pattern(p, value.region(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.region(), 1, 1024);
        p = path.isEmpty() ? "versionId" : path + ".versionId";
        v.pattern(p, value.versionId(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.versionId(), 1, 1024);
    }
}
