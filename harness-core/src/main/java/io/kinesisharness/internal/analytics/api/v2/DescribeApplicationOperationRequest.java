// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DescribeApplicationOperationRequest} shape. */
public record DescribeApplicationOperationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("OperationId") String operationId) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DescribeApplicationOperationRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "operationId" : path + ".operationId";
        v.notNull(p, value.operationId());
        v.length(p, value.operationId(), 1, 64);
    }
}
