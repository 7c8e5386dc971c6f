// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CreateApplicationPresignedUrlRequest} shape. */
public record CreateApplicationPresignedUrlRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("UrlType") String urlType,
        @JsonProperty("SessionExpirationDurationInSeconds") Long sessionExpirationDurationInSeconds) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateApplicationPresignedUrlRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "urlType" : path + ".urlType";
        v.notNull(p, value.urlType());
        v.oneOf(p, value.urlType(), KinesisAnalyticsV2Shapes.URL_TYPE);
        p = path.isEmpty() ? "sessionExpirationDurationInSeconds" : path + ".sessionExpirationDurationInSeconds";
        v.range(p, value.sessionExpirationDurationInSeconds(), 1800L, 43200L);
    }
}
