// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

/** AWS's {@code ConsumedCapacity} shape. */
public record ConsumedCapacity(
        @JsonProperty("TableName") String tableName,
        @JsonProperty("CapacityUnits") Double capacityUnits,
        @JsonProperty("ReadCapacityUnits") Double readCapacityUnits,
        @JsonProperty("WriteCapacityUnits") Double writeCapacityUnits,
        @JsonProperty("Table") Capacity table,
        @JsonProperty("LocalSecondaryIndexes") Map<String, Capacity> localSecondaryIndexes,
        @JsonProperty("GlobalSecondaryIndexes") Map<String, Capacity> globalSecondaryIndexes,
        @JsonProperty("VectorIndexes") Map<String, VectorCapacity> vectorIndexes) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ConsumedCapacity value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "table" : path + ".table";
        Capacity.check(v, p, value.table());
    }
}
