// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CustomArtifactConfiguration} shape. */
public record CustomArtifactConfiguration(
        @JsonProperty("ArtifactType") String artifactType,
        @JsonProperty("S3ContentLocation") S3ContentLocation s3ContentLocation,
        @JsonProperty("MavenReference") MavenReference mavenReference) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CustomArtifactConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "artifactType" : path + ".artifactType";
        v.notNull(p, value.artifactType());
        v.oneOf(p, value.artifactType(), KinesisAnalyticsV2Shapes.ARTIFACT_TYPE);
        p = path.isEmpty() ? "s3ContentLocation" : path + ".s3ContentLocation";
        S3ContentLocation.check(v, p, value.s3ContentLocation());
        p = path.isEmpty() ? "mavenReference" : path + ".mavenReference";
        MavenReference.check(v, p, value.mavenReference());
    }
}
