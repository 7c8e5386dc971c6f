// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DescribeTimeToLiveInput} shape. */
public record DescribeTimeToLiveInput(
        @JsonProperty("TableName") String tableName) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DescribeTimeToLiveInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 1024);
    }
}
