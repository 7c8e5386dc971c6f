// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code UpdateApplicationRequest} shape. */
public record UpdateApplicationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("CurrentApplicationVersionId") Long currentApplicationVersionId,
        @JsonProperty("ApplicationUpdate") ApplicationUpdate applicationUpdate) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateApplicationRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsShapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "currentApplicationVersionId" : path + ".currentApplicationVersionId";
        v.notNull(p, value.currentApplicationVersionId());
        v.range(p, value.currentApplicationVersionId(), 1L, 999999999L);
        p = path.isEmpty() ? "applicationUpdate" : path + ".applicationUpdate";
        v.notNull(p, value.applicationUpdate());
        ApplicationUpdate.check(v, p, value.applicationUpdate());
    }
}
