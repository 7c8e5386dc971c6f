// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ListApplicationOperationsRequest} shape. */
public record ListApplicationOperationsRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Operation") String operation,
        @JsonProperty("OperationStatus") String operationStatus) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListApplicationOperationsRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "limit" : path + ".limit";
        v.range(p, value.limit(), 1L, 50L);
        p = path.isEmpty() ? "nextToken" : path + ".nextToken";
        v.length(p, value.nextToken(), 1, 512);
        p = path.isEmpty() ? "operation" : path + ".operation";
        v.length(p, value.operation(), 1, 64);
        p = path.isEmpty() ? "operationStatus" : path + ".operationStatus";
        v.oneOf(p, value.operationStatus(), KinesisAnalyticsV2Shapes.OPERATION_STATUS);
    }
}
