// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DatabaseSourceVPCConfiguration} shape. */
public record DatabaseSourceVPCConfiguration(
        @JsonProperty("VpcEndpointServiceName") String vpcEndpointServiceName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DatabaseSourceVPCConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "vpcEndpointServiceName" : path + ".vpcEndpointServiceName";
        v.notNull(p, value.vpcEndpointServiceName());
        v.pattern(p, value.vpcEndpointServiceName(), FirehoseShapes.VPC_ENDPOINT_SERVICE_NAME_PATTERN);
        v.length(p, value.vpcEndpointServiceName(), 47, 255);
    }
}
