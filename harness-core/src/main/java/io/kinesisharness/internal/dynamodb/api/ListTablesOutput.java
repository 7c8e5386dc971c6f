// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ListTablesOutput} shape. */
public record ListTablesOutput(
        @JsonProperty("TableNames") List<String> tableNames,
        @JsonProperty("LastEvaluatedTableName") String lastEvaluatedTableName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTablesOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableNames" : path + ".tableNames";
        v.elementLengths(p, value.tableNames(), 3, 255);
        p = path.isEmpty() ? "lastEvaluatedTableName" : path + ".lastEvaluatedTableName";
        v.pattern(p, value.lastEvaluatedTableName(), DynamoDBShapes.TABLE_NAME_PATTERN);
        v.length(p, value.lastEvaluatedTableName(), 3, 255);
    }
}
