// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AddApplicationReferenceDataSourceRequest} shape. */
public record AddApplicationReferenceDataSourceRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("CurrentApplicationVersionId") Long currentApplicationVersionId,
        @JsonProperty("ReferenceDataSource") ReferenceDataSource referenceDataSource) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AddApplicationReferenceDataSourceRequest value) {
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
        p = path.isEmpty() ? "referenceDataSource" : path + ".referenceDataSource";
        v.notNull(p, value.referenceDataSource());
        ReferenceDataSource.check(v, p, value.referenceDataSource());
    }
}
