// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code MavenReference} shape. */
public record MavenReference(
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("ArtifactId") String artifactId,
        @JsonProperty("Version") String version) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, MavenReference value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "groupId" : path + ".groupId";
        v.notNull(p, value.groupId());
        v.pattern(p, value.groupId(), KinesisAnalyticsV2Shapes.MAVEN_GROUP_ID_PATTERN);
        v.length(p, value.groupId(), 1, 256);
        p = path.isEmpty() ? "artifactId" : path + ".artifactId";
        v.notNull(p, value.artifactId());
        v.pattern(p, value.artifactId(), KinesisAnalyticsV2Shapes.MAVEN_ARTIFACT_ID_PATTERN);
        v.length(p, value.artifactId(), 1, 256);
        p = path.isEmpty() ? "version" : path + ".version";
        v.notNull(p, value.version());
        v.pattern(p, value.version(), KinesisAnalyticsV2Shapes.MAVEN_VERSION_PATTERN);
        v.length(p, value.version(), 1, 256);
    }
}
